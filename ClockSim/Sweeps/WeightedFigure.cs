namespace ClockSim.Sweeps;

/// <summary>A figure's mean weighted by the exact chance of each mix of rates (<see cref="PostStratification"/>), with its 95 % interval.</summary>
/// <param name="MissingMass">The probability of the mixes of rates that had no run with this figure: the mean is over the rest, renormalised.</param>
internal sealed record WeightedFigure(double Mean, double CiLow, double CiHigh, double MissingMass);
