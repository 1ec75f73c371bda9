namespace ClockSim.Analysis.Statistics;

/// <summary>Drift at the charts' instants, from the machines' clocks there.</summary>
internal static class DriftCalculator
{
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
