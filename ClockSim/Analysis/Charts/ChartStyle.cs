namespace ClockSim.Analysis.Charts;

/// <summary>
/// A look per machine that is the same on every chart, in the PNG files and in the report: a colour, a dash pattern, a
/// marker shape, and a line width that narrows from the first machine to the last. Lines that coincide (two queues at 0,
/// two clocks in step) stay apparent: the later, narrower line runs inside the earlier one, in another colour and pattern.
/// The looks are plain colours and names, so the report needs no chart library; <see cref="PngStyle"/> draws them.
/// </summary>
internal static class ChartStyle
{
    /// <summary>The colour of the machines drawn together (<see cref="ChartMachines"/>): grey at 35 % opacity, as #RRGGBBAA.</summary>
    public const string BandColor = "#80808059";

    private const float WidestLine = 5;
    private const float NarrowestLine = 2;

    /// <summary>The ten colours of the Category10 palette, as #RRGGBB; machine 11 takes the first again.</summary>
    private static readonly string[] Palette = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF"];

    /// <summary>Each dash pattern with the name the report draws it by.</summary>
    private static readonly (LineDash Dash, string Name)[] Dashes =
        [(LineDash.Solid, "solid"), (LineDash.Dashed, "dashed"), (LineDash.Dotted, "dotted"), (LineDash.DenselyDashed, "densely-dashed")];

    /// <summary>Each marker shape with the name the report draws it by.</summary>
    private static readonly (MarkerKind Marker, string Name)[] Markers =
    [
        (MarkerKind.Circle, "circle"), (MarkerKind.Square, "square"), (MarkerKind.TriangleUp, "triangle-up"),
        (MarkerKind.Diamond, "diamond"), (MarkerKind.TriangleDown, "triangle-down"),
    ];

    /// <summary>Machine i's colour, as #RRGGBB.</summary>
    public static string ColorOf(int machine) => Palette[(machine - 1) % Palette.Length];

    public static LineDash DashOf(int machine) => Dashes[(machine - 1) % Dashes.Length].Dash;

    public static string DashNameOf(int machine) => Dashes[(machine - 1) % Dashes.Length].Name;

    public static MarkerKind MarkerOf(int machine) => Markers[(machine - 1) % Markers.Length].Marker;

    public static string MarkerNameOf(int machine) => Markers[(machine - 1) % Markers.Length].Name;

    /// <summary>Machine 1's line is the widest and machine <paramref name="machineCount"/>'s the narrowest, as they are drawn in that order.</summary>
    public static float LineWidthOf(int machine, int machineCount) =>
        machineCount < 2 ? WidestLine : WidestLine - ((WidestLine - NarrowestLine) * (machine - 1) / (machineCount - 1));
}

/// <summary>How a chart's line is dashed.</summary>
internal enum LineDash
{
    Solid,
    Dashed,
    Dotted,
    DenselyDashed,
}

/// <summary>The shape of a chart's markers, drawn filled.</summary>
internal enum MarkerKind
{
    Circle,
    Square,
    TriangleUp,
    Diamond,
    TriangleDown,
}

/// <summary>The corner of a chart that holds its legend.</summary>
internal enum LegendCorner
{
    UpperLeft,
    LowerLeft,
    UpperRight,
}
