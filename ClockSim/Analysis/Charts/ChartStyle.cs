using ScottPlot;
using SkiaSharp;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// What every chart shares: its size, how it is saved, and a look per machine that is the same on every chart: a
/// colour, a dash pattern, a marker shape, and a line width that narrows from the first machine to the last. Lines
/// that coincide (two queues at 0, two clocks in step) stay apparent: the later, narrower line runs inside the earlier
/// one, in another colour and pattern.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 560;

    private const float WidestLine = 5;
    private const float NarrowestLine = 2;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();
    /// <summary>Each line pattern with the name the report draws it by.</summary>
    private static readonly (LinePattern Pattern, string Name)[] Patterns =
        [(LinePattern.Solid, "solid"), (LinePattern.Dashed, "dashed"), (LinePattern.Dotted, "dotted"), (LinePattern.DenselyDashed, "densely-dashed")];

    /// <summary>Each marker shape with the name the report draws it by.</summary>
    private static readonly (MarkerShape Shape, string Name)[] Shapes =
    [
        (MarkerShape.FilledCircle, "circle"), (MarkerShape.FilledSquare, "square"), (MarkerShape.FilledTriangleUp, "triangle-up"),
        (MarkerShape.FilledDiamond, "diamond"), (MarkerShape.FilledTriangleDown, "triangle-down"),
    ];

    /// <summary>The colour of the machines drawn together (<see cref="ChartMachines"/>): a translucent grey.</summary>
    public static readonly Color BandColor = Colors.Gray.WithAlpha(0.35);

    /// <summary>Machine i's colour.</summary>
    public static Color Of(int machine) => Palette.GetColor(machine - 1);

    public static LinePattern PatternOf(int machine) => Patterns[(machine - 1) % Patterns.Length].Pattern;

    public static string PatternNameOf(int machine) => Patterns[(machine - 1) % Patterns.Length].Name;

    public static MarkerShape ShapeOf(int machine) => Shapes[(machine - 1) % Shapes.Length].Shape;

    public static string ShapeNameOf(int machine) => Shapes[(machine - 1) % Shapes.Length].Name;

    /// <summary>Machine 1's line is the widest and machine <paramref name="machineCount"/>'s the narrowest, as they are drawn in that order.</summary>
    public static float LineWidthOf(int machine, int machineCount) =>
        machineCount < 2 ? WidestLine : WidestLine - ((WidestLine - NarrowestLine) * (machine - 1) / (machineCount - 1));

    /// <summary>Titles the chart and its axes, and puts the x axis (real time, or anything else that starts at 0) from 0 to <paramref name="xEnd"/>.</summary>
    public static void Label(Plot plot, string title, string xLabel, string yLabel, double xEnd)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.SetLimitsX(0, xEnd > 0 ? xEnd : 1);
    }

    /// <summary>
    /// PNG with the Up filter at zlib level 3: about a fifth of the CPU of the encoder's default (every filter, level
    /// 6), which was most of an analysis's cost, for files about a quarter larger. Lossless either way.
    /// </summary>
    private static readonly SKPngEncoderOptions Png = new(SKPngEncoderFilterFlags.Up, zLibLevel: 3);

    public static void Save(Plot plot, string path)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height)) ?? throw new InvalidOperationException("SkiaSharp could not create a surface to draw the chart on.");
        plot.Render(surface.Canvas, Width, Height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(Png) ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
        using var file = File.Create(path);
        png.SaveTo(file);
    }
}
