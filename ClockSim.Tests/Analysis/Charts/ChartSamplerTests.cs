using ClockSim.Analysis.Charts;

namespace ClockSim.Tests.Analysis.Charts;

public sealed class ChartSamplerTests
{
    [Fact]
    public void Thin_ManyPoints_KeepsAtMostTheLimitAndTheLargest()
    {
        double[] xs = [.. Enumerable.Range(0, 10_000).Select(i => (double)i)];
        double[] ys = [.. xs.Select(x => x == 4321 ? 1e9 : x)];

        var (x, y) = ChartSampler.Thin(xs, ys, 100);

        Assert.True(x.Length <= 101);
        Assert.Contains(1e9, y);
    }
}
