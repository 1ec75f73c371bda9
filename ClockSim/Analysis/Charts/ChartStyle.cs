using ScottPlot;

namespace ClockSim.Analysis;

/// <summary>What every chart shares: its size, a colour per machine that is the same in every chart, and how it is saved.</summary>
internal static class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 560;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    /// <summary>Machine i's colour; the same machine has the same colour on every chart.</summary>
    public static Color Of(int machine) => Palette.GetColor(machine - 1);

    public static void Label(Plot plot, string title, string xLabel, string yLabel)
    {
        // Real time starts at 0; the default margin would show negative seconds.
        plot.Axes.Margins(horizontal: 0.01);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
    }

    public static void Save(Plot plot, string path) => plot.SavePng(path, Width, Height);
}
