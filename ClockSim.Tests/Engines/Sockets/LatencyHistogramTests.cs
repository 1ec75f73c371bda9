using ClockSim.Engines.Sockets;

namespace ClockSim.Tests.Engines.Sockets;

public sealed class LatencyHistogramTests
{
    private const long Frequency = 1_000_000_000;

    [Fact]
    public void Quantile_ReadsMicrosecondBuckets()
    {
        var histogram = new LatencyHistogram(Frequency);
        foreach (var microseconds in new[] { 40, 45, 50, 60, 900 })
        {
            histogram.Record(sentTimestamp: 1_000, arrivedTimestamp: 1_000 + microseconds * 1_000L);
        }

        Assert.Equal(51, histogram.Quantile(0.5));
        Assert.Equal(901, histogram.Quantile(1));
    }

    [Fact]
    public void LongDelays_FallInCoarseBuckets_AndTheLastOneCatchesEverythingBeyond()
    {
        var histogram = new LatencyHistogram(Frequency);

        histogram.Record(0, 25_050_000);
        histogram.Record(0, 30 * Frequency);

        Assert.Equal(25_100, histogram.Quantile(0.5));
        Assert.Equal(double.PositiveInfinity, histogram.Quantile(1));
    }

    [Fact]
    public void Quantile_WithNothingRecorded_IsNaN()
    {
        Assert.True(double.IsNaN(new LatencyHistogram(Frequency).Quantile(0.5)));
    }
}
