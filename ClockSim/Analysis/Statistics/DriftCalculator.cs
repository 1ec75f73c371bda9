namespace ClockSim.Analysis.Statistics;

/// <summary>
/// Drift at every instant: each machine's clock minus the largest clock of all machines at that instant,
/// with every clock a step function over real time (0 before a machine's first row). The timelines are
/// merged in time order; all rows at one instant are applied before that instant's drift is taken, so two
/// machines ticking at the same millisecond never show a drift that lasted no time.
/// </summary>
internal static class DriftCalculator
{
    /// <param name="timelines">One per machine.</param>
    /// <param name="horizonMs">The end of the run: the mean is taken over [0, horizon].</param>
    public static IReadOnlyList<DriftSummary> Compute(IReadOnlyList<MachineTimeline> timelines, double horizonMs)
    {
        var n = timelines.Count;
        var next = new int[n];
        var clocks = new long[n];
        var area = new double[n];
        var lowest = new long[n];
        long lead = 0;
        double now = 0;

        while (TryNextTime(timelines, next, out var time))
        {
            var until = Math.Min(time, horizonMs);
            if (until > now)
            {
                for (var i = 0; i < n; i++)
                {
                    area[i] += (clocks[i] - lead) * (until - now);
                }

                now = until;
            }

            for (var i = 0; i < n; i++)
            {
                var timeline = timelines[i];
                while (next[i] < timeline.Count && timeline.TimeAt(next[i]) <= time)
                {
                    clocks[i] = timeline.ClockAt(next[i]++);
                }
            }

            lead = clocks.Max();
            for (var i = 0; i < n; i++)
            {
                lowest[i] = Math.Min(lowest[i], clocks[i] - lead);
            }
        }

        if (horizonMs > now)
        {
            for (var i = 0; i < n; i++)
            {
                area[i] += (clocks[i] - lead) * (horizonMs - now);
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => new DriftSummary(horizonMs > 0 ? area[i] / horizonMs : double.NaN, lowest[i]))];
    }

    /// <summary>Drift at a set of instants, from every machine's clock at those instants: each clock minus the largest.</summary>
    /// <param name="clocks">One series per machine, all taken at the same instants.</param>
    public static IReadOnlyList<double[]> AtInstants(IReadOnlyList<double[]> clocks)
    {
        var instants = clocks.Count == 0 ? 0 : clocks[0].Length;
        var lead = Enumerable.Range(0, instants).Select(k => clocks.Max(c => c[k])).ToArray();
        return [.. clocks.Select(c => c.Select((clock, k) => clock - lead[k]).ToArray())];
    }

    /// <summary>The earliest time among the machines' next rows.</summary>
    private static bool TryNextTime(IReadOnlyList<MachineTimeline> timelines, int[] next, out double time)
    {
        time = double.PositiveInfinity;
        for (var i = 0; i < timelines.Count; i++)
        {
            if (next[i] < timelines[i].Count)
            {
                time = Math.Min(time, timelines[i].TimeAt(next[i]));
            }
        }

        return !double.IsPositiveInfinity(time);
    }
}
