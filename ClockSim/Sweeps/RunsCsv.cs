using ClockSim.Analysis.Theory;
using CsvHelper;

namespace ClockSim.Sweeps;

/// <summary>
/// <c>runs.csv</c>: one row per run and machine, in the order of the combinations, then the seeds, then the machines.
/// The figures have the definitions of the analysis of a run folder; <c>RateRank</c> counts from 1 for the slowest
/// machine, <c>QueueGrows</c> applies the analysis's rule, the <c>Model…</c> columns are the model's predictions for the
/// run's rates and weights (empty with network conditions, which the model does not know), and the last columns give the run's value of each axis. A figure without a value is empty.
/// </summary>
internal static class RunsCsv
{
    public const string FileName = "runs.csv";

    private static readonly string[] Leading = ["Combination", "Seed", "Machine"];

    private static readonly string[] Trailing =
        ["FalseOrderShare", "RateRank", "QueueGrows", "ModelArrivalRate", "ModelReceiveShare", "ModelQueueGrowth", "ModelClockRate"];

    /// <summary>The model's predictions in the order of the <c>Model…</c> columns; empty where the model does not apply.</summary>
    private static readonly Func<TheoryPrediction, double>[] ModelColumns = [p => p.ArrivalRate, p => p.ReceivingShare, p => p.QueueGrowth, p => p.ClockRate];

    /// <summary>The figures of <see cref="Analysis.Figures.MachineSummary"/> in the order of its record, each one column.</summary>
    private static readonly SweepFigure[] Figures = [.. SweepFigures.All.Where(f => f != SweepFigures.Load)];

    public static void Write(string folder, SweepFile file, IReadOnlyList<SweepRunResult> results, bool withVerdicts)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".partial";
        using (var csv = CsvWriter.Create(File.Create(temporary), CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: false))
        {
            string[] header = [.. Leading, .. Figures.Select(f => f.Name), .. Trailing, .. withVerdicts ? ["Valid"] : Array.Empty<string>(), .. file.Axes.Select(a => a.Key)];
            csv.WriteHeader(header);
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
                    csv.WriteField(rank[machine.Machine - 1], default);
                    csv.WriteField(SweepSummaryBuilder.Grows(machine));
                    foreach (var predicted in ModelColumns)
                    {
                        Number(csv, combination.HasModel ? predicted(model) : double.NaN);
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
        }

        File.Move(temporary, path, overwrite: true);
    }

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
