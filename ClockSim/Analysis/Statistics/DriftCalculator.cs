namespace ClockSim.Analysis.Statistics;

/// <summary>Drift from the machines' timelines: their rows merged in time order into one <see cref="DriftAccumulator"/>.</summary>
internal static class DriftCalculator
{
    /// <param name="timelines">One per machine.</param>
    /// <param name="horizonMs">The end of the run: the mean is taken over [0, horizon].</param>
    public static IReadOnlyList<DriftSummary> Compute(IReadOnlyList<MachineTimeline> timelines, double horizonMs)
    {
        var drift = new DriftAccumulator(timelines.Count);
        foreach (var (machine, row) in TimeOrderedMerge.Rows(timelines))
        {
            drift.Set(machine, timelines[machine].TimeAt(row), timelines[machine].ClockAt(row));
        }

        return drift.Summaries(horizonMs);
    }

    /// <summary>Drift at a set of instants, from every machine's clock at those instants: each clock minus the largest.</summary>
    /// <param name="clocks">One series per machine, all taken at the same instants.</param>
    public static IReadOnlyList<double[]> AtInstants(IReadOnlyList<double[]> clocks)
    {
        var instants = clocks.Count == 0 ? 0 : clocks[0].Length;
        var lead = new double[instants];
        Array.Fill(lead, double.NegativeInfinity);
        foreach (var clock in clocks)
        {
            for (var k = 0; k < instants; k++)
            {
                lead[k] = Math.Max(lead[k], clock[k]);
            }
        }

        return [.. clocks.Select(c => c.Select((clock, k) => clock - lead[k]).ToArray())];
    }

}
