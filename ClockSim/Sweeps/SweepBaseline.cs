using System.Globalization;
using ClockSim.Configuration;
using static System.FormattableString;

namespace ClockSim.Sweeps;

/// <summary>
/// Reads <c>Sweep:Baseline</c>: the combination every other one is compared with, seed by seed. It is named by its
/// number or by its label, as <c>summary.md</c> heads it (<c>Combination 2: TickRates = [2, 6, 6]</c>); the label
/// is compared without regard to case or spaces. Without the key the baseline is the first combination.
/// </summary>
internal static class SweepBaseline
{
    public const string Key = SweepFileReader.SectionName + ":Baseline";

    /// <param name="value">The key's value, or null when the file does not give it.</param>
    /// <returns>The baseline's index, from 1; 1 (after adding to <paramref name="problems"/>) when it names no combination.</returns>
    public static int Find(string? value, SweepFile file, List<string> problems)
    {
        if (value is not { } given)
        {
            return 1;
        }

        var combinations = file.Combinations;
        var labels = combinations.Select(c => c.Label(file.Axes)).ToArray();
        var isNumber = double.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        var index = isNumber
            ? int.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= combinations.Count ? number : null
            : labels.Index().Where(l => Same(l.Item, given)).Select(l => (int?)(l.Index + 1)).FirstOrDefault();
        if (index is { } found)
        {
            return found;
        }

        var text = isNumber ? null : given;
        var advice = text is not null && ClosestMatch.Find(text, labels) is { } closest
            ? $"did you mean \"{closest}\"?"
            : Invariant($"give a combination's number, 1 to {combinations.Count}, or its label as summary.md heads it, e.g. \"{labels[0]}\".");
        problems.Add($"{Key} is {(text is null ? given : $"'{text}'")} ({file.Label}), which names no combination; {advice}");
        return 1;
    }

    private static bool Same(string label, string typed) =>
        string.Equals(WithoutSpaces(label), WithoutSpaces(typed), StringComparison.OrdinalIgnoreCase);

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
