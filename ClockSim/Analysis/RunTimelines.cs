using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;

namespace ClockSim.Analysis;

/// <summary>
/// The machines' rows over real time, taken as the pass hands them over in time order and kept as nothing that grows with
/// them: each machine's row count (<see cref="Rows"/>, for the ledger), its latest time (for the horizon), drift, and the
/// series that need the horizon (<see cref="HorizonSeries"/>), taken on the horizon forecast from the files' ends. When the
/// pass ends on another horizon (a file's end that did not parse, a file read only in part), <see cref="Series"/> takes
/// those series again from the files on the horizon the pass found.
/// </summary>
internal sealed class RunTimelines
{
    private readonly double[] _lastTimes;
    private readonly DriftAccumulator _drift;
    private readonly HorizonSeries? _forecast;

    /// <param name="forecastHorizonMs">The horizon the files' ends give (<see cref="RunHorizon"/>); null when they do not tell.</param>
    public RunTimelines(int machines, double? forecastHorizonMs)
    {
        _lastTimes = new double[machines];
        _drift = new DriftAccumulator(machines);
        _forecast = forecastHorizonMs is { } horizon ? new HorizonSeries(machines, horizon) : null;
        Rows = new RowCounts(machines);
    }

    public RowCounts Rows { get; }

    /// <summary>Takes a row of machine <paramref name="machine"/> (from 0), before its accumulator does.</summary>
    public void Add(int machine, in MachineEvent row)
    {
        Rows.Add(machine, row.ElapsedMs);
        _lastTimes[machine] = row.ElapsedMs;
        _drift.Set(machine, row.ElapsedMs, row.LogicalClock);
        _forecast?.Add(machine, row.ElapsedMs, row.LogicalClock, row.QueueLength);
    }

    /// <summary>The end of the run, once the pass is over (<see cref="RunHorizon"/>).</summary>
    public double HorizonMs(double elapsedSeconds) => RunHorizon.Of(_lastTimes, elapsedSeconds);

    /// <summary>Each machine's drift over [0, <paramref name="horizonMs"/>], machine i (from 0) at index i.</summary>
    public IReadOnlyList<DriftSummary> Drift(double horizonMs) => _drift.Summaries(horizonMs);

    /// <summary>The series on <paramref name="horizonMs"/>: the pass's when it was forecast, otherwise taken again from each machine's rows.</summary>
    /// <param name="rowsOf">Machine i's rows that parse (from 0), in file order, as the pass took them.</param>
    public HorizonSeries Series(double horizonMs, Func<int, IEnumerable<MachineEvent>> rowsOf)
    {
        if (_forecast is { } forecast && forecast.HorizonMs.Equals(horizonMs))
        {
            return forecast;
        }

        var series = new HorizonSeries(_lastTimes.Length, horizonMs);
        for (var machine = 0; machine < _lastTimes.Length; machine++)
        {
            foreach (var row in rowsOf(machine))
            {
                series.Add(machine, row.ElapsedMs, row.LogicalClock, row.QueueLength);
            }
        }

        return series;
    }
}
