namespace ClockSim.Sweeps;

/// <summary>The weighted figures of one rate rank (rank 1 the slowest machine of each run).</summary>
/// <param name="Figures">Each figure of <see cref="SweepFigures.All"/> by its name.</param>
/// <param name="QueueGrows">The share of runs whose queue grew, weighted the same way.</param>
internal sealed record WeightedRank(int Rank, string Name, IReadOnlyDictionary<string, WeightedFigure> Figures, WeightedFigure QueueGrows)
{
    public WeightedFigure this[SweepFigure figure] => Figures[figure.Name];
}
