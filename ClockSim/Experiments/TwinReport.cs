using System.Text;
using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using ClockSim.Sweeps;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Experiments;

/// <summary>
/// The generated part of the notebook that holds an experiment's committed runs against its virtual twin: the twin's
/// figures with their confidence intervals, then each run's figures beside the virtual run of the same seed (the same
/// draws on the other engine) and the middle 95 % of the virtual runs of the same rates, marked where they fall outside it.
/// </summary>
internal static class TwinReport
{
    private const string Outside = " ✗";

    /// <summary>The figures held against the twin, each with how a run folder's analysis gives it.</summary>
    private static readonly (SweepFigure Figure, Func<MachineAnalysis, double> Real)[] Compared =
    [
        (SweepFigures.QueueGrowth, m => m.Queue.GrowthPerSecond),
        (SweepFigures.DriftMean, m => m.Drift.Mean),
        (SweepFigures.JumpMean, m => m.Jumps.Mean),
        (SweepFigures.ClockRate, m => m.ClockRate),
        (SweepFigures.ArrivalRate, m => m.ArrivalRate),
    ];

    private static readonly string[] Headers =
        ["Seed", "Machine", .. Compared.Select(c => c.Figure.Title), "False-order share"];

    /// <param name="linkBase">The path from the document to the twin's results folder, ending in a slash.</param>
    /// <param name="twinRuns">The twin's <c>runs.csv</c>, for the virtual run of each committed run's seed.</param>
    public static string Render(Experiment experiment, IReadOnlyList<RunAnalysis> runs, SweepSummary? twin, IReadOnlyList<RunsCsvRow> twinRuns, string linkBase)
    {
        if (twin is null)
        {
            return $"*No virtual twin yet: run `experiments/run.sh {experiment.Name}`.*\n";
        }

        var text = new StringBuilder();
        text.Append("**Virtual twin.** ").Append(SweepMarkdown.Header(twin, linkBase))
            .Append(" Every figure in `").Append(linkBase).Append(SweepMarkdown.FileName).Append("`.\n\n");
        text.Append(SweepMarkdown.Overview(twin)).Append('\n');
        var sameSeed = twinRuns.ToDictionary(r => (r.Combination, r.Seed, r.Machine));
        var cells = runs.SelectMany(run => Rows(run, twin, sameSeed)).ToArray();
        if (cells.Length == 0)
        {
            return text.ToString();
        }

        var compared = cells.Sum(r => r.Compared);
        var inside = cells.Sum(r => r.Inside);
        text.Append("**The committed runs among the virtual ones.** Each figure of each committed run, then after a slash the virtual run ")
            .Append("of the same seed (the same draws on the virtual engine), and in brackets the middle 95 % of the ")
            .Append(Whole(twin.SeedCount)).Append(" virtual runs of its rates; ✗ marks a committed run's figure outside that range. ")
            .Append(Whole(inside)).Append(" of ").Append(Whole(compared)).Append(" figures fall inside (")
            .Append(Percent(compared > 0 ? (double)inside / compared : double.NaN)).Append(").\n\n");
        text.Append(MarkdownTable.Render(Headers, cells.Select(r => r.Cells)));
        return text.ToString();
    }

    private static IEnumerable<(IReadOnlyList<string> Cells, int Compared, int Inside)> Rows(
        RunAnalysis run, SweepSummary twin, IReadOnlyDictionary<(int Combination, int Seed, int Machine), RunsCsvRow> sameSeed)
    {
        var rates = run.Machines.Select(m => m.TickRate).ToArray();
        var combination = twin.Combinations.FirstOrDefault(c => c.TickRates.SequenceEqual(rates));
        if (combination is null || combination.Runs == 0)
        {
            yield break;
        }

        var byRate = run.Machines.OrderBy(m => m.TickRate).ThenBy(m => m.Machine).ToArray();
        foreach (var (index, machine) in byRate.Index())
        {
            var rank = combination.Machines[index];
            var compared = 0;
            var inside = 0;
            var cells = new List<string> { index == 0 ? Whole(run.Manifest.Seed) : "", machine.Label };
            var twinRun = sameSeed.GetValueOrDefault((combination.Index, run.Manifest.Seed, machine.Machine));
            foreach (var (figure, real) in Compared)
            {
                cells.Add(Cell(real(machine), twinRun?.Figures[figure.Name], rank[figure], figure.Decimals, ref compared, ref inside));
            }

            cells.Add(index == 0
                ? Cell(run.Causality?.FalseOrderShare ?? double.NaN, twinRun?.Figures[RunsCsv.FalseOrderShare], combination.FalseOrderShare, 3, ref compared, ref inside)
                : "");
            yield return (cells, compared, inside);
        }
    }

    private static string Cell(double real, double? sameSeed, FigureStatistics virtualRuns, int decimals, ref int compared, ref int inside)
    {
        if (!double.IsFinite(real) || virtualRuns.Count == 0)
        {
            return None;
        }

        compared++;
        var within = virtualRuns.InRange(real, decimals);
        inside += within ? 1 : 0;
        var same = sameSeed is { } value ? " / " + Fixed(value, decimals) : "";
        return $"{Fixed(real, decimals)}{same} ({SweepMarkdown.RangeText(virtualRuns, decimals)}){(within ? "" : Outside)}";
    }
}
