using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Theory;
using ClockSim.Configuration;
using ClockSim.Recording;
using CsvHelper;
using static System.FormattableString;

namespace ClockSim.Sweeps;

/// <summary>
/// <c>runs.csv</c>: one row per run and machine, in the order of the combinations, then the seeds, then the machines.
/// The figures have the definitions of the analysis of a run folder; <c>RateRank</c> counts from 1 for the slowest
/// machine, <c>QueueGrows</c> applies the analysis's rule, the <c>Model…</c> columns are the model's predictions for the
/// run's rates and weights (empty with network conditions, which the model does not know), and the last columns give the run's value of each axis. A figure without a value is empty.
/// Each number is written in the shortest form that reads back as the same double, so the runs read back
/// (<see cref="ReadResults"/>) give the same summary, byte for byte, as the runs that were written.
/// </summary>
internal static class RunsCsv
{
    public const string FileName = "runs.csv";

    private static readonly string[] Leading = ["Combination", "Seed", "Machine"];

    /// <summary>The column of the run's false-order share.</summary>
    public const string FalseOrderShare = "FalseOrderShare";

    /// <summary>The column of the machine's rank by tick rate in its run, 1 for the slowest.</summary>
    public const string RateRank = "RateRank";

    /// <summary>The column of the run's mean causal reach time, in seconds.</summary>
    public const string CausalReachSeconds = "CausalReachSeconds";

    /// <summary>The column of the share of the run's events that had not reached every machine when it ended.</summary>
    public const string CausalReachNotCompletedShare = "CausalReachNotCompletedShare";

    /// <summary>The figures of the whole run, the same on each of its rows.</summary>
    private static readonly string[] RunColumns = [FalseOrderShare, CausalReachSeconds, CausalReachNotCompletedShare];

    /// <summary>The column of a kept run's verdict.</summary>
    private const string Valid = "Valid";

    private static readonly string[] Trailing =
        [.. RunColumns, .. ClockSweepFigures.All.Select(f => f.Name), RateRank, "QueueGrows", "ModelArrivalRate", "ModelReceiveShare", "ModelQueueGrowth", "ModelClockRate"];

    /// <summary>The model's predictions in the order of the <c>Model…</c> columns; empty where the model does not apply.</summary>
    private static readonly Func<TheoryPrediction, double>[] ModelColumns = [p => p.ArrivalRate, p => p.ReceivingShare, p => p.QueueGrowth, p => p.ClockRate];

    /// <summary>The figures of <see cref="Analysis.Figures.MachineSummary"/> in the order of its record, each one column.</summary>
    private static readonly SweepFigure[] Figures = [.. SweepFigures.All.Where(f => f != SweepFigures.Load)];

    public static void Write(string folder, SweepFile file, IReadOnlyList<SweepRunResult> results, bool withVerdicts)
    {
        AtomicFile.Write(Path.Combine(folder, FileName), stream =>
        {
            using var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            csv.WriteHeader(Header(file, withVerdicts));
            foreach (var run in results)
            {
                var combination = file.Combinations[run.Combination - 1];
                var rank = new int[run.Machines.Count];
                foreach (var (index, ranked) in run.ByRate.Index())
                {
                    rank[ranked.Machine - 1] = index + 1;
                }

                foreach (var machine in run.Machines)
                {
                    var model = run.Model[machine.Machine - 1];
                    csv.WriteField(run.Combination, default);
                    csv.WriteField(run.Seed, default);
                    csv.WriteField(machine.Machine, default);
                    foreach (var figure in Figures)
                    {
                        Number(csv, figure.Measured(machine));
                    }

                    Number(csv, run.FalseOrderShare);
                    Number(csv, run.CausalReachSeconds);
                    Number(csv, run.CausalReachNotCompletedShare);
                    for (var k = 0; k < ClockSweepFigures.All.Count; k++)
                    {
                        Number(csv, run.Clock(k));
                    }

                    csv.WriteField(rank[machine.Machine - 1], default);
                    csv.WriteField(SweepSummaryBuilder.Grows(machine));
                    foreach (var predicted in ModelColumns)
                    {
                        Number(csv, predicted(model));
                    }

                    if (withVerdicts)
                    {
                        csv.WriteField(run.Valid == true);
                    }

                    foreach (var value in combination.Values)
                    {
                        csv.WriteField(value.Text);
                    }

                    csv.EndRecord();
                }
            }
        });
    }

    /// <summary>Every row of a sweep's <c>runs.csv</c>: the machine's rate rank, its figures by column name, and its run's false-order share.</summary>
    /// <exception cref="InvalidDataException">The file is not a runs.csv this program wrote.</exception>
    public static IReadOnlyList<RunsCsvRow> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        using var csv = CsvReader.FromFile(path, null, FileOptions.SequentialScan);
        var rows = new List<RunsCsvRow>();
        (string Name, int Index)[]? columns = null;
        while (csv.Read())
        {
            columns ??= [.. Figures.Select(f => (f.Name, csv.GetFieldIndex(f.Name))), (FalseOrderShare, csv.GetFieldIndex(FalseOrderShare))];
            rows.Add(new RunsCsvRow(
                Whole(csv, "Combination", path),
                Whole(csv, "Seed", path),
                Whole(csv, "Machine", path),
                Whole(csv, RateRank, path),
                columns.ToDictionary(c => c.Name, c => csv.TryParse<double>(c.Index, out var value) ? value : double.NaN)));
        }

        return rows;
    }

    /// <summary>
    /// The runs of <paramref name="file"/> that a <c>runs.csv</c> holds, as they were when written: each figure is read
    /// back to the same double, and the model's predictions are computed again from the run's rates, as the run computed them.
    /// </summary>
    /// <param name="path">The file: a sweep's <c>runs.csv</c>, or a shard's.</param>
    /// <exception cref="InvalidDataException">The file is not a runs.csv of this sweep, or a row is not whole.</exception>
    public static IReadOnlyList<SweepRunResult> ReadResults(string path, SweepFile file)
    {
        using var csv = CsvReader.FromFile(path, null, FileOptions.SequentialScan);
        var withVerdicts = csv.Headers.Contains(Valid);
        if (!csv.Headers.SequenceEqual(Header(file, withVerdicts)))
        {
            throw new InvalidDataException($"{path} does not have the columns of a runs.csv of {file.Label}.");
        }

        var results = new List<SweepRunResult>();
        var machines = new List<MachineSummary>();
        SweepRunResult? run = null;
        while (csv.Read())
        {
            var combination = Whole(csv, "Combination", path);
            var seed = Whole(csv, "Seed", path);
            if (run is not null && (run.Combination, run.Seed) != (combination, seed))
            {
                results.Add(Modelled(run, machines, file, path));
                machines = [];
            }

            if (combination < 1 || combination > file.Combinations.Count)
            {
                throw new InvalidDataException($"{path}: combination {combination} is not one of the {file.Combinations.Count} of {file.Label}.");
            }

            var machine = Whole(csv, "Machine", path);
            if (machine != machines.Count + 1)
            {
                throw new InvalidDataException($"{path}: combination {combination}, seed {seed} has machine {machine} where machine {machines.Count + 1} was due.");
            }

            machines.Add(new MachineSummary(
                machine,
                Real(csv, SweepFigures.TickRate.Name, path),
                Long(csv, "Ticks", path),
                Long(csv, "FinalClock", path),
                Real(csv, SweepFigures.ClockRate.Name, path),
                Real(csv, SweepFigures.JumpMean.Name, path),
                Long(csv, "JumpMax", path),
                Real(csv, SweepFigures.DriftMean.Name, path),
                Long(csv, "DriftLowest", path),
                Real(csv, "QueueMean", path),
                (int)Long(csv, "QueueMax", path),
                (int)Long(csv, "QueueFinal", path),
                Real(csv, SweepFigures.QueueGrowth.Name, path),
                Real(csv, SweepFigures.ArrivalRate.Name, path),
                Real(csv, "ReceiveShare", path)));
            run = new SweepRunResult(combination, seed, [], [], Real(csv, FalseOrderShare, path), Real(csv, CausalReachSeconds, path), Real(csv, CausalReachNotCompletedShare, path),
                withVerdicts ? csv.GetString(csv.GetFieldIndex(Valid)) == bool.TrueString : null,
                [.. ClockSweepFigures.All.Select(f => Real(csv, f.Name, path))]);
        }

        if (run is not null)
        {
            results.Add(Modelled(run, machines, file, path));
        }

        return results;
    }

    /// <summary>The header of a sweep's <c>runs.csv</c>: the leading columns, the figures, the run's columns, the verdict if kept, the axes.</summary>
    private static string[] Header(SweepFile file, bool withVerdicts) =>
        [.. Leading, .. Figures.Select(f => f.Name), .. Trailing, .. withVerdicts ? [Valid] : Array.Empty<string>(), .. file.Axes.Select(a => a.Key)];

    /// <summary>The run with its machines, and the model's predictions for their rates under its combination's weights and network, as <see cref="SweepRun"/> makes them.</summary>
    /// <exception cref="InvalidDataException">The run has not its combination's machines, or a machine has a rate no machine can have.</exception>
    private static SweepRunResult Modelled(SweepRunResult run, IReadOnlyList<MachineSummary> machines, SweepFile file, string path)
    {
        var options = file.Combinations[run.Combination - 1].Options;
        if (machines.Count != options.Machines)
        {
            throw new InvalidDataException(Invariant($"{path}: combination {run.Combination}, seed {run.Seed} has {machines.Count} machines where {options.Machines} were due."));
        }

        if (machines.FirstOrDefault(m => !SimulationOptions.IsTickRate(m.TickRate)) is { } odd)
        {
            throw new InvalidDataException(Invariant($"{path}: combination {run.Combination}, seed {run.Seed}, machine {odd.Machine} has {SweepFigures.TickRate.Name} {odd.TickRate}, which no machine can have."));
        }

        return run with
        {
            Machines = machines,
            Model = TheoryModel.Predict([.. machines.Select(m => m.TickRate)], options.Weights, NetworkModel.Of(options.Network)),
        };
    }

    /// <summary>A figure as the writer wrote it: a finite number, or an empty cell for a figure the run has not (NaN).</summary>
    private static double Real(CsvReader csv, string column, string path)
    {
        var index = csv.GetFieldIndex(column);
        return csv.IsEmpty(index) ? double.NaN
            : csv.TryParse<double>(index, out var value) && double.IsFinite(value) ? value
            : throw new InvalidDataException($"{path}: {column} is '{csv.GetString(index)}', which is not a number.");
    }

    /// <summary>A count the writer wrote as a number, e.g. the ticks; a count never lacks a value.</summary>
    private static long Long(CsvReader csv, string column, string path)
    {
        var value = Real(csv, column, path);
        return double.IsFinite(value) && value == Math.Round(value) ? (long)value : throw new InvalidDataException($"{path}: {column} is not a whole number.");
    }

    private static int Whole(CsvReader csv, string column, string path) =>
        csv.TryParse<int>(csv.GetFieldIndex(column), out var value) ? value : throw new InvalidDataException($"{path}: {column} is not a whole number.");

    private static void Number(CsvWriter csv, double value)
    {
        if (double.IsFinite(value))
        {
            csv.WriteField(value, default);
        }
        else
        {
            csv.WriteField("");
        }
    }
}
