using ClockSim.Application;
using ScottPlot;
using SkiaSharp;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// What every PNG chart shares (the run's and the sweeps'): its size, how it is labelled and saved, and the looks of
/// <see cref="ChartStyle"/> in the chart library's own terms. Only drawing a PNG loads the library and Skia, which draws
/// for it: a run without PNG charts has neither in its memory.
/// </summary>
internal static class PngStyle
{
    public const int Width = 1000;
    public const int Height = 560;

    /// <summary>Chooses the build of Skia before the first chart calls into it.</summary>
    static PngStyle() => SkiaLibrary.Choose();

    /// <summary>A new chart; every chart starts here, so that Skia is chosen first.</summary>
    public static Plot NewPlot() => new();

    /// <summary>A colour written #RRGGBB or #RRGGBBAA.</summary>
    public static Color ColorOf(string hex) => Color.FromHex(hex);

    public static LinePattern PatternOf(LineDash dash) => dash switch
    {
        LineDash.Solid => LinePattern.Solid,
        LineDash.Dashed => LinePattern.Dashed,
        LineDash.Dotted => LinePattern.Dotted,
        LineDash.DenselyDashed => LinePattern.DenselyDashed,
        _ => throw new ArgumentOutOfRangeException(nameof(dash), dash, null),
    };

    public static MarkerShape ShapeOf(MarkerKind marker) => marker switch
    {
        MarkerKind.Circle => MarkerShape.FilledCircle,
        MarkerKind.Square => MarkerShape.FilledSquare,
        MarkerKind.TriangleUp => MarkerShape.FilledTriangleUp,
        MarkerKind.Diamond => MarkerShape.FilledDiamond,
        MarkerKind.TriangleDown => MarkerShape.FilledTriangleDown,
        _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, null),
    };

    public static Alignment AlignmentOf(LegendCorner corner) => corner switch
    {
        LegendCorner.UpperLeft => Alignment.UpperLeft,
        LegendCorner.LowerLeft => Alignment.LowerLeft,
        LegendCorner.UpperRight => Alignment.UpperRight,
        _ => throw new ArgumentOutOfRangeException(nameof(corner), corner, null),
    };

    /// <summary>Titles the chart and its axes, and puts the x axis (real time, or anything else that starts at 0) from 0 to <paramref name="xEnd"/>.</summary>
    public static void Label(Plot plot, string title, string xLabel, string yLabel, double xEnd)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.SetLimitsX(0, xEnd > 0 ? xEnd : 1);
    }

    public static void Save(Plot plot, string path)
    {
        // PNG with the Up filter at zlib level 3: about a fifth of the CPU of the encoder's default (every filter, level 6),
        // which was most of an analysis's cost, for files about a quarter larger. Lossless either way.
        var options = new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 3);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height)) ?? throw new InvalidOperationException("SkiaSharp could not create a surface to draw the chart on.");
        plot.Render(surface.Canvas, Width, Height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(options) ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
        using var file = File.Create(path);
        png.SaveTo(file);
    }
}
