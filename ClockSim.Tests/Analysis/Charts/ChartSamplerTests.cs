using ClockSim.Analysis.Charts;

namespace ClockSim.Tests.Analysis.Charts;

public sealed class ChartSamplerTests
{
    [Fact]
    public void Thin_ManyPoints_KeepsAtMostTheLimitAndTheLargest()
    {
        double[] xs = [.. Enumerable.Range(0, 10_000).Select(i => (double)i)];
        double[] ys = [.. xs.Select(x => x == 4321 ? 1e9 : x)];

        var (x, y) = ChartSampler.Thin([(xs, ys)], 100);

        Assert.True(x.Length <= 101);
        Assert.Contains(1e9, y);
    }

    [Fact]
    public void Thin_SeveralParts_TakesEveryKthPointAcrossThemAndTheFirstLargest()
    {
        double[] firstX = [0, 1, 2, 3, 4], firstY = [0, 7, 0, 0, 0];
        double[] secondX = [5, 6, 7, 8, 9], secondY = [0, 0, 7, 0, 0];

        var (x, y) = ChartSampler.Thin([(firstX, firstY), (secondX, secondY)], 4);

        // Ten points, at most four kept: every third (0, 3, 6, 9), and the first largest y (at 1), not the second (at 7).
        Assert.Equal([0.0, 1, 3, 6, 9], x);
        Assert.Equal([0.0, 7, 0, 0, 0], y);
    }

    [Fact]
    public void Thin_FewPoints_KeepsThemAllInOrder()
    {
        var (x, y) = ChartSampler.Thin([([1.0, 2], [10.0, 20]), ([3.0], [30.0])]);

        Assert.Equal([1.0, 2, 3], x);
        Assert.Equal([10.0, 20, 30], y);
    }
}
