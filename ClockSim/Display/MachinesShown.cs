namespace ClockSim.Display;

/// <summary>
/// Which machines a console table or a chart shows one by one. Up to <see cref="MaxOneByOne"/> machines, every one.
/// Above, the slowest, the median and the fastest machine by tick rate (the lowest id among equals), and the others
/// together: one row of ranges in a table, a grey band in a chart. The files (the CSVs, summary.md, analysis.json) list every machine.
/// </summary>
internal static class MachinesShown
{
    public const int MaxOneByOne = 32;

    /// <summary>The ids of the machines shown one by one.</summary>
    public static IReadOnlySet<int> OneByOne(IReadOnlyList<(int Id, double TickRate)> machines)
    {
        if (machines.Count <= MaxOneByOne)
        {
            return machines.Select(m => m.Id).ToHashSet();
        }

        var byRate = machines.OrderBy(m => m.TickRate).ThenBy(m => m.Id).ToArray();
        var fastest = machines.OrderByDescending(m => m.TickRate).ThenBy(m => m.Id).First();
        return new HashSet<int> { byRate[0].Id, byRate[byRate.Length / 2].Id, fastest.Id };
    }
}
