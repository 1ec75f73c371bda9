using ClockSim.Configuration;

namespace ClockSim.Sweeps;

/// <summary>
/// Where each combination of a one-axis sweep sits across its charts: at the slowest machine's predicted load when the
/// sweep asks for it and the model applies, else at its axis value when every value is a number, or else one after
/// another, labelled with its value.
/// </summary>
/// <param name="Positions">The position of each combination, in the order of the combinations.</param>
/// <param name="TickLabels">The labels of positions 0, 1, 2, … for values that are not numbers; null otherwise.</param>
internal sealed record XAxis(string Label, IReadOnlyList<double> Positions, IReadOnlyList<string>? TickLabels)
{
    public static XAxis Of(SweepSummary summary)
    {
        var combinations = summary.Combinations;
        double[] loads = [.. combinations.Select(c => c.Machines[0][SweepFigures.Load].Model)];

        // Where the model does not apply (network conditions) there is no load to chart against: the axis's values stand.
        if (summary.ChartAgainst == SweepChartAxis.Load && loads.All(double.IsFinite))
        {
            return new XAxis("Load of the slowest machine predicted by the model, λ/r", loads, null);
        }

        return combinations.All(c => c.Values[0].Number is not null)
            ? new XAxis(summary.Axes[0], [.. combinations.Select(c => c.Values[0].Number!.Value)], null)
            : new XAxis(summary.Axes[0], [.. combinations.Select((_, i) => (double)i)], [.. combinations.Select(c => c.Values[0].Value)]);
    }
}
