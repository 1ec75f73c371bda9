using ClockSim.Analysis.Report;
using static ClockSim.Analysis.Report.AnalysisFormat;

namespace ClockSim.Sweeps;

/// <summary>The drowning threshold of a sweep in summary.md: what was fitted, and the threshold with its interval or why there is none.</summary>
internal static class ThresholdMarkdown
{
    private static readonly string[] Headers = ["Runs", "Slowest queue grew", "a", "b", "Threshold: load at 50 % (95 % CI)", "10–90 % width (load)"];

    public static string Section(ThresholdFit fit)
    {
        var method = "The chance that the slowest machine's queue grows, fitted against the load λ/r each run measured for it: logistic regression "
            + "P = 1 / (1 + exp(−(a + b·load))) by maximum likelihood (Newton–Raphson). The threshold is the load at which P = 50 %, −a/b, with "
            + "its 95 % confidence interval by the delta method from the Fisher information; the 10–90 % width, 2·ln 9 / b, is the span of loads "
            + "over which P rises from 10 % to 90 %.";
        if (fit.Reason is { } reason)
        {
            return $"{method}\n\n{Capitalised(reason)} ({Whole(fit.Grew)} of {Count(fit.Count, "run")} grew).\n";
        }

        return $"{method}\n\n{Table(fit)}";
    }

    /// <summary>The fitted threshold as a one-row table, without the method; for a fit that was refused, the reason.</summary>
    public static string Table(ThresholdFit fit) =>
        fit.Reason is { } reason
            ? $"{Capitalised(reason)} ({Whole(fit.Grew)} of {Count(fit.Count, "run")} grew).\n"
            : MarkdownTable.Render(Headers,
            [
                [Whole(fit.Count), Whole(fit.Grew), Fixed(fit.A, 2), Fixed(fit.B, 2), $"{Fixed(fit.Midpoint, 3)} ({Fixed(fit.CiLow, 3)}–{Fixed(fit.CiHigh, 3)})", Fixed(fit.Width1090, 3)],
            ]);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
