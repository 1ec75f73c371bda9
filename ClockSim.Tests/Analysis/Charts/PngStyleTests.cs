using ClockSim.Analysis.Charts;
using NetArchTest.Rules;
using ScottPlot;

namespace ClockSim.Tests.Analysis.Charts;

/// <summary>
/// The looks the report draws by colour and name are the ones the PNG files draw with the chart library: the same colours,
/// dashes and markers for every machine, so a run's charts look alike in both.
/// </summary>
public sealed class PngStyleTests
{
    [Fact]
    public void OnlyWhatDrawsAPng_UsesTheChartLibraryOrSkia()
    {
        // The report, the analysis and a run without PNG charts never load either: neither is in their memory.
        var users = Types.InAssembly(typeof(ChartStyle).Assembly).That().HaveDependencyOnAny("ScottPlot", "SkiaSharp").GetTypes()
            .Select(t => (t.FullName ?? "").Split('+')[0].Split('.')[^1])
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [nameof(DelayChart), nameof(JumpHistogramChart), nameof(PngStyle), "SkiaLibrary", "SweepCharts", "SweepLineChart", nameof(TimeSeriesChart)],
            users);
    }

    public static TheoryData<int> Machines => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Machines))]
    public void EachMachinesColour_IsTheCategory10PalettesInTurn(int machine)
    {
        var palette = new ScottPlot.Palettes.Category10();

        Assert.Equal(palette.GetColor(machine - 1), PngStyle.ColorOf(ChartStyle.ColorOf(machine)));
    }

    [Fact]
    public void TheBandOfTheMachinesDrawnTogether_IsTranslucentGrey()
    {
        Assert.Equal(Colors.Gray.WithAlpha(0.35), PngStyle.ColorOf(ChartStyle.BandColor));
    }

    [Fact]
    public void EveryDashAndMarker_IsDrawnByTheLibraryAsItIsNamedInTheReport()
    {
        var dashes = Enum.GetValues<LineDash>().ToDictionary(d => d, PngStyle.PatternOf);
        var markers = Enum.GetValues<MarkerKind>().ToDictionary(m => m, PngStyle.ShapeOf);

        Assert.Equal([LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed], dashes.Values);
        Assert.Equal(
            [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown],
            markers.Values);
        Assert.Equal(["solid", "dashed", "dotted", "densely-dashed"], Enumerable.Range(1, 4).Select(ChartStyle.DashNameOf));
        Assert.Equal(["circle", "square", "triangle-up", "diamond", "triangle-down"], Enumerable.Range(1, 5).Select(ChartStyle.MarkerNameOf));
        Assert.Equal(Enum.GetValues<LineDash>(), Enumerable.Range(1, 4).Select(ChartStyle.DashOf));
        Assert.Equal(Enum.GetValues<MarkerKind>(), Enumerable.Range(1, 5).Select(ChartStyle.MarkerOf));
    }
}
