using System.Globalization;

namespace ClockSim.Analysis.Report;

/// <summary>Numbers as the summary and the console print them: invariant culture, and a dash where there is no value.</summary>
internal static class AnalysisFormat
{
    public const string None = "—";

    /// <summary>A figure with up to <paramref name="decimals"/> decimals; a dash for NaN or infinity.</summary>
    public static string Number(double value, int decimals = 2) =>
        double.IsFinite(value) ? Rounded(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture) : None;

    /// <summary>A figure with exactly <paramref name="decimals"/> decimals, for columns that line up.</summary>
    public static string Fixed(double value, int decimals = 2) =>
        double.IsFinite(value) ? Rounded(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : None;

    /// <summary>The value, or 0 when it would show as −0: a drift of −0.04 to one decimal is 0.0, not -0.0.</summary>
    private static double Rounded(double value, int decimals) => Math.Abs(value) < 0.5 * Math.Pow(10, -decimals) ? 0 : value;

    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>1 violation</c>, <c>3 violations</c>.</summary>
    public static string Count(long count, string noun) => Whole(count) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>A share as a percentage: 0.208 → <c>20.8 %</c>.</summary>
    public static string Percent(double share) => double.IsFinite(share) ? Fixed(share * 100, 1) + " %" : None;

    /// <summary>(measured − predicted) / predicted as a signed percentage; a dash when nothing was predicted.</summary>
    public static string RelativeError(double measured, double predicted)
    {
        var error = RelativeErrorValue(measured, predicted);
        return double.IsFinite(error) ? (error >= 0 ? "+" : "") + Fixed(error * 100, 1) + " %" : None;
    }

    /// <summary>NaN, shown as a dash, when the prediction is (all but) zero: a relative error means nothing there.</summary>
    public static double RelativeErrorValue(double measured, double predicted) =>
        Math.Abs(predicted) > 1e-6 && double.IsFinite(measured) ? (measured - predicted) / Math.Abs(predicted) : double.NaN;

    /// <summary>Milliseconds as <c>850 ms</c> below a second and <c>2.1 s</c> above.</summary>
    public static string Duration(double milliseconds) =>
        !double.IsFinite(milliseconds) ? None
        : Math.Abs(milliseconds) < 1000 ? Number(milliseconds, 0) + " ms"
        : Number(milliseconds / 1000, 1) + " s";
}
