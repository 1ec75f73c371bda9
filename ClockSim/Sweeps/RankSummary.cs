namespace ClockSim.Sweeps;

/// <summary>The machines of one rate rank over the runs of a combination: in each run, its k-th slowest machine.</summary>
/// <param name="Rank">1 for the slowest.</param>
/// <param name="Name">How tables name it: <c>slowest</c>, <c>2nd slowest</c>, <c>fastest</c>.</param>
/// <param name="Figures">Each figure of <see cref="SweepFigures.All"/> by its name.</param>
/// <param name="QueueGrows">The share of runs whose queue grew, by the analysis's rule.</param>
/// <param name="ModelQueueGrows">The share of runs in which the model predicts a growing queue (0 or 1 when the rates are pinned).</param>
internal sealed record RankSummary(int Rank, string Name, IReadOnlyDictionary<string, FigureStatistics> Figures, ShareEstimate QueueGrows, double ModelQueueGrows)
{
    public FigureStatistics this[SweepFigure figure] => Figures[figure.Name];
}
