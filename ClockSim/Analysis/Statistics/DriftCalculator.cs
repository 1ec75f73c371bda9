namespace ClockSim.Analysis.Statistics;

/// <summary>Drift from the machines' timelines: their rows merged in time order into one <see cref="DriftAccumulator"/>.</summary>
internal static class DriftCalculator
{
    /// <param name="timelines">One per machine.</param>
    /// <param name="horizonMs">The end of the run: the mean is taken over [0, horizon].</param>
    public static IReadOnlyList<DriftSummary> Compute(IReadOnlyList<MachineTimeline> timelines, double horizonMs)
    {
        var drift = new DriftAccumulator(timelines.Count);
        var next = new int[timelines.Count];
        while (TryNext(timelines, next, out var machine))
        {
            var timeline = timelines[machine];
            drift.Set(machine, timeline.TimeAt(next[machine]), timeline.ClockAt(next[machine]));
            next[machine]++;
        }

        return drift.Summaries(horizonMs);
    }

    /// <summary>Drift at a set of instants, from every machine's clock at those instants: each clock minus the largest.</summary>
    /// <param name="clocks">One series per machine, all taken at the same instants.</param>
    public static IReadOnlyList<double[]> AtInstants(IReadOnlyList<double[]> clocks)
    {
        var instants = clocks.Count == 0 ? 0 : clocks[0].Length;
        var lead = Enumerable.Range(0, instants).Select(k => clocks.Max(c => c[k])).ToArray();
        return [.. clocks.Select(c => c.Select((clock, k) => clock - lead[k]).ToArray())];
    }

    /// <summary>The machine whose next row is the earliest (the lowest such machine at a tie).</summary>
    private static bool TryNext(IReadOnlyList<MachineTimeline> timelines, int[] next, out int machine)
    {
        machine = -1;
        var earliest = double.PositiveInfinity;
        for (var i = 0; i < timelines.Count; i++)
        {
            if (next[i] < timelines[i].Count && timelines[i].TimeAt(next[i]) < earliest)
            {
                earliest = timelines[i].TimeAt(next[i]);
                machine = i;
            }
        }

        return machine >= 0;
    }
}
