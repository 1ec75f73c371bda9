namespace ClockSim.Statistics;

/// <summary>
/// Two <see cref="LeastSquares"/> fits over the same x, added together: the running mean and spread of x are taken once
/// for both, each step exactly as a <see cref="LeastSquares"/> takes them, so each slope is the one a fit of its own gives.
/// </summary>
internal sealed class LeastSquaresPair
{
    private long _count;
    private double _meanX;
    private double _sxx;
    private double _meanFirst;
    private double _sxFirst;
    private double _meanSecond;
    private double _sxSecond;

    /// <summary>Adds the points (<paramref name="x"/>, <paramref name="first"/>) and (<paramref name="x"/>, <paramref name="second"/>).</summary>
    public void Add(double x, double first, double second)
    {
        _count++;
        var weight = 1.0 / _count;
        var dx = x - _meanX;
        _meanX += dx * weight;
        _meanFirst += (first - _meanFirst) * weight;
        _meanSecond += (second - _meanSecond) * weight;
        _sxx += dx * (x - _meanX);
        _sxFirst += dx * (first - _meanFirst);
        _sxSecond += dx * (second - _meanSecond);
    }

    /// <summary>The change of the first y per unit of x; NaN with fewer than two distinct x.</summary>
    public double FirstSlope => _sxx > 0 ? _sxFirst / _sxx : double.NaN;

    /// <summary>The change of the second y per unit of x; NaN with fewer than two distinct x.</summary>
    public double SecondSlope => _sxx > 0 ? _sxSecond / _sxx : double.NaN;
}
