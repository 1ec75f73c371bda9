namespace ClockSim.Analysis;

/// <summary>Mean, nearest-rank 95th percentile and maximum of a set of measurements.</summary>
internal sealed record SampleStatistics(long Count, double Mean, double P95, double Max)
{
    public static SampleStatistics Empty { get; } = new(0, double.NaN, double.NaN, double.NaN);

    public static SampleStatistics Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return Empty;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var rank = Math.Max(1, (int)Math.Ceiling(0.95 * sorted.Length));
        return new SampleStatistics(sorted.Length, sorted.Average(), sorted[rank - 1], sorted[^1]);
    }
}
