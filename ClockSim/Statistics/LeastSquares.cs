namespace ClockSim.Statistics;

/// <summary>
/// The slope of the least-squares line through points added one at a time, with Welford's running means,
/// so a million points neither need storing nor lose precision to large sums.
/// </summary>
internal sealed class LeastSquares
{
    private double _meanX;
    private double _meanY;
    private double _sxx;
    private double _sxy;

    public long Count { get; private set; }

    public void Add(double x, double y)
    {
        Count++;
        var weight = 1.0 / Count;
        var dx = x - _meanX;
        _meanX += dx * weight;
        _meanY += (y - _meanY) * weight;
        _sxx += dx * (x - _meanX);
        _sxy += dx * (y - _meanY);
    }

    /// <summary>The change of y per unit of x; NaN with fewer than two distinct x.</summary>
    public double Slope => _sxx > 0 ? _sxy / _sxx : double.NaN;
}
