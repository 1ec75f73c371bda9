using ClockSim.Statistics;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// Counts how long messages take from their send to their receiver's queue, in buckets of one
/// microsecond up to 10 ms and of 100 µs up to 1 s. Recording is one timestamp read and one interlocked
/// increment, cheap enough to stay on in every run.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int FineBuckets = 10_000;
    private const int CoarseBuckets = 9_900;
    private const int CoarseWidthMicroseconds = 100;

    private readonly long[] _counts = new long[FineBuckets + CoarseBuckets + 1];
    private readonly double _microsecondsPerTimestamp;

    public LatencyHistogram(long timestampFrequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timestampFrequency);
        _microsecondsPerTimestamp = 1_000_000.0 / timestampFrequency;
    }

    public void Record(long sentTimestamp, long arrivedTimestamp)
    {
        var microseconds = Math.Max(0, (arrivedTimestamp - sentTimestamp) * _microsecondsPerTimestamp);
        var bucket = microseconds < FineBuckets
            ? (int)microseconds
            : Math.Min(FineBuckets + (int)((microseconds - FineBuckets) / CoarseWidthMicroseconds), _counts.Length - 1);
        Interlocked.Increment(ref _counts[bucket]);
    }

    /// <summary>The latency, in microseconds, that a share <paramref name="quantile"/> of messages did not exceed (nearest rank).</summary>
    /// <returns>
    /// The upper edge of the bucket holding that message; <see cref="double.PositiveInfinity"/> when it took a second
    /// or more; <see cref="double.NaN"/> when nothing was recorded.
    /// </returns>
    public double Quantile(double quantile)
    {
        var counts = (long[])_counts.Clone();
        return NearestRank.TryOfCounts(counts.Select((count, bucket) => (bucket, count)), counts.Sum(), quantile, out var bucket)
            ? UpperEdge(bucket)
            : double.NaN;
    }

    private double UpperEdge(int bucket) =>
        bucket < FineBuckets ? bucket + 1
        : bucket < _counts.Length - 1 ? FineBuckets + (bucket - FineBuckets + 1) * (double)CoarseWidthMicroseconds
        : double.PositiveInfinity;
}
