namespace ClockSim.Sweeps;

/// <summary>The machines of one rate rank against the baseline's machines of the same rank, seed by seed.</summary>
/// <param name="Rank">1 for the slowest.</param>
/// <param name="Name">How tables name the rank in this combination: <c>slowest</c>, <c>2nd slowest</c>, <c>fastest</c>.</param>
/// <param name="Figures">Each figure of <see cref="SweepFigures.All"/> by its name.</param>
internal sealed record PairedRank(int Rank, string Name, IReadOnlyDictionary<string, PairedDifference> Figures)
{
    public PairedDifference this[SweepFigure figure] => Figures[figure.Name];
}
