using System.Runtime.CompilerServices;

namespace ClockSim.Statistics;

/// <summary>
/// The slopes of two least-squares lines over the same x (a machine's clock and its queue against real time), through
/// points added one at a time with Welford's running means, so a million points neither need storing nor lose precision
/// to large sums; the mean and spread of x are taken once for both.
/// Adding a point, which a virtual run does on every event, is marked for inlining: the build runs without the runtime's
/// profile-guided optimisation (ClockSim.csproj), which would otherwise have found it hot and inlined it itself.
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
