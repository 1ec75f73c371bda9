using System.Globalization;
using Spectre.Console;

namespace ClockSim.Display;

/// <summary>Table cells as invariant-culture text, escaped for Spectre markup.</summary>
internal static class TableText
{
    public static string[] Cells(params object[] values) =>
        [.. values.Select(v => Markup.Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))];
}
