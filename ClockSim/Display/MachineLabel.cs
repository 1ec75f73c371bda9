using System.Globalization;

namespace ClockSim.Display;

/// <summary>Names a machine with its rate, the way every table and legend of the analysis does: <c>M1 (5 ticks/s)</c>.</summary>
internal static class MachineLabel
{
    public static string Of(int machine, double tickRate) =>
        string.Create(CultureInfo.InvariantCulture, $"M{machine} ({Rate(tickRate)})");

    /// <summary><c>1 tick/s</c>, <c>5 ticks/s</c>, <c>2.5 ticks/s</c>.</summary>
    public static string Rate(double tickRate) =>
        string.Create(CultureInfo.InvariantCulture, $"{tickRate:0.###} {(tickRate == 1 ? "tick" : "ticks")}/s");

    /// <summary>Up to this many machines a list names every one's rate; above, the list says how many run at each.</summary>
    public const int ListedOneByOne = 8;

    /// <summary>
    /// The machines' rates in a line: <c>1 tick/s, 3 ticks/s, 6 ticks/s</c>; above <see cref="ListedOneByOne"/> machines,
    /// how many at each rate (<c>412 at 1 tick/s, 588 at 2 ticks/s</c>), or with more than that many distinct rates their range.
    /// </summary>
    public static string Rates(IReadOnlyList<double> tickRates)
    {
        if (tickRates.Count <= ListedOneByOne)
        {
            return string.Join(", ", tickRates.Select(Rate));
        }

        var groups = tickRates.GroupBy(r => r).OrderBy(g => g.Key).ToArray();
        return groups.Length <= ListedOneByOne
            ? string.Join(", ", groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} at {Rate(g.Key)}")))
            : string.Create(CultureInfo.InvariantCulture, $"{groups.Length} different rates from {Rate(groups[0].Key)} to {Rate(groups[^1].Key)}");
    }
}
