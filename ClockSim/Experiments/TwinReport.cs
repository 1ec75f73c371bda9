using System.Text;
using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using ClockSim.Sweeps;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Experiments;

/// <summary>
/// The generated part of the notebook that holds an experiment's committed runs against its virtual twin: the twin's
/// figures with their confidence intervals, then each run's figures beside the virtual run of the same seed (the same
/// draws on the other engine) and the middle 95 % of the virtual runs of the same rates at the other seeds (see
/// <see cref="TwinRange"/>), marked where they fall outside it, and said where that range has no width.
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
    /// <param name="twinRuns">The twin's <c>runs.csv</c>: the virtual run of each committed run's seed, and the runs of the other seeds.</param>
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
        var rows = runs.SelectMany(run => Rows(run, twin, twinRuns)).ToArray();
        if (rows.Length == 0)
        {
            return text.ToString();
        }

        var placements = rows.SelectMany(r => r.Placements).ToArray();
        var inside = placements.Count(p => p == TwinPlacement.Inside);
        var compared = inside + placements.Count(p => p == TwinPlacement.Outside);
        var degenerate = placements.Count(p => p == TwinPlacement.Degenerate);
        text.Append("**The committed runs among the virtual ones.** Each figure of each committed run, then after a slash the virtual run ")
            .Append("of the same seed (the same draws on the virtual engine), and in brackets the middle 95 % of the virtual runs of its rates ")
            .Append("at the other ").Append(Whole(twin.SeedCount - 1)).Append(" seeds: the run's own seed is left out, so the range is not ")
            .Append("stretched to hold the run it tests. ✗ marks a committed run's figure outside that range. A range with no width at the ")
            .Append("precision shown is marked *degenerate* and counted neither inside nor outside. ")
            .Append(Whole(inside)).Append(" of ").Append(Whole(compared)).Append(" figures fall inside (")
            .Append(Percent(compared > 0 ? (double)inside / compared : double.NaN)).Append(')')
            .Append(degenerate > 0 ? $"; {Count(degenerate, "figure")} {(degenerate == 1 ? "has" : "have")} a degenerate range" : "").Append(".\n\n");
        text.Append(MarkdownTable.Render(Headers, rows.Select(r => r.Cells)));
        return text.ToString();
    }

    /// <summary>One figure's cell: <c>0.31 / 0.29 (0.12 to 0.48)</c>, with ✗ when outside; the placement, or null when there is nothing to place.</summary>
    /// <param name="sameSeed">The twin's run of the committed run's seed, when it has one.</param>
    public static (string Text, TwinPlacement? Placement) Cell(double real, double? sameSeed, TwinRange range, int decimals)
    {
        if (!double.IsFinite(real) || range.Runs.Count == 0)
        {
            return (None, null);
        }

        var placement = range.Place(real, decimals);
        var same = sameSeed is { } value ? " / " + Fixed(value, decimals) : "";
        return ($"{Fixed(real, decimals)}{same} ({range.Text(decimals)}){(placement == TwinPlacement.Outside ? Outside : "")}", placement);
    }

    /// <summary>
    /// How the committed runs sit among their twin, counted over every figure the twin table shows: inside, outside and
    /// degenerate ranges, and how many figures equal the virtual run of their own seed at the precision shown.
    /// </summary>
    public static TwinCounts Counts(IReadOnlyList<RunAnalysis> runs, SweepSummary? twin, IReadOnlyList<RunsCsvRow> twinRuns)
    {
        if (twin is null)
        {
            return new TwinCounts(0, 0, 0, 0, 0);
        }

        var rows = runs.SelectMany(run => Rows(run, twin, twinRuns)).ToArray();
        var placements = rows.SelectMany(r => r.Placements).ToArray();
        return new TwinCounts(
            placements.Count(p => p == TwinPlacement.Inside),
            placements.Count(p => p == TwinPlacement.Outside),
            placements.Count(p => p == TwinPlacement.Degenerate),
            rows.Sum(r => r.SameSeedEqual),
            rows.Sum(r => r.SameSeedCompared));
    }

    private static IEnumerable<(IReadOnlyList<string> Cells, IReadOnlyList<TwinPlacement> Placements, int SameSeedEqual, int SameSeedCompared)> Rows(RunAnalysis run, SweepSummary twin, IReadOnlyList<RunsCsvRow> twinRuns)
    {
        var rates = run.Machines.Select(m => m.TickRate).ToArray();
        var combination = twin.Combinations.FirstOrDefault(c => c.TickRates.SequenceEqual(rates));
        if (combination is null || combination.Runs == 0)
        {
            yield break;
        }

        var seed = run.Manifest.Seed;
        var sameSeed = twinRuns.Where(r => r.Combination == combination.Index && r.Seed == seed).ToDictionary(r => r.RateRank);
        var byRate = run.Machines.OrderBy(m => m.TickRate).ThenBy(m => m.Machine).ToArray();
        foreach (var (index, machine) in byRate.Index())
        {
            var rank = index + 1;
            var twinRun = sameSeed.GetValueOrDefault(rank);
            var cells = new List<(string Text, TwinPlacement? Placement)>();
            int equal = 0, compared = 0;
            void Agree(double real, double? same, int decimals)
            {
                if (double.IsFinite(real) && same is { } value && double.IsFinite(value))
                {
                    compared++;
                    equal += Fixed(real, decimals) == Fixed(value, decimals) ? 1 : 0;
                }
            }

            foreach (var (figure, real) in Compared)
            {
                cells.Add(Cell(real(machine), twinRun?.Figures[figure.Name], TwinRange.Of(twinRuns, combination.Index, rank, figure.Name, seed), figure.Decimals));
                Agree(real(machine), twinRun?.Figures[figure.Name], figure.Decimals);
            }

            cells.Add(rank == 1
                ? Cell(run.Causality?.FalseOrderShare ?? double.NaN, twinRun?.Figures[RunsCsv.FalseOrderShare],
                    TwinRange.Of(twinRuns, combination.Index, rank, RunsCsv.FalseOrderShare, seed), 3)
                : ("", null));
            if (rank == 1)
            {
                Agree(run.Causality?.FalseOrderShare ?? double.NaN, twinRun?.Figures[RunsCsv.FalseOrderShare], 3);
            }

            yield return ([rank == 1 ? Whole(seed) : "", machine.Label, .. cells.Select(c => c.Text)], [.. cells.Select(c => c.Placement).OfType<TwinPlacement>()], equal, compared);
        }
    }
}
