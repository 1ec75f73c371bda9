namespace ClockSim.Statistics;

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
        return new SampleStatistics(sorted.Length, sorted.Average(), NearestRank.Of(sorted, 0.95), sorted[^1]);
    }
}
