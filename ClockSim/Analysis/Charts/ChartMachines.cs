using ClockSim.Display;

namespace ClockSim.Analysis.Charts;

/// <summary>
/// Which machines a chart draws one by one, each with its own line and legend entry: those <see cref="MachinesShown"/>
/// chooses. The others are drawn together as a grey band (or a grey group), with one legend entry for all of them, so
/// the chart and its legend stay readable at 1000 machines.
/// </summary>
internal sealed class ChartMachines
{
    private readonly Dictionary<int, int> _styles;

    private ChartMachines(IReadOnlyList<MachineAnalysis> oneByOne, IReadOnlyList<MachineAnalysis> together)
    {
        OneByOne = oneByOne;
        Together = together;
        _styles = oneByOne.Select((m, i) => (m.Machine, Style: i + 1)).ToDictionary(x => x.Machine, x => x.Style);
    }

    /// <summary>The machines drawn one by one, in machine order.</summary>
    public IReadOnlyList<MachineAnalysis> OneByOne { get; }

    /// <summary>The machines drawn together as a band or group, in machine order; empty up to <see cref="MachinesShown.MaxOneByOne"/> machines.</summary>
    public IReadOnlyList<MachineAnalysis> Together { get; }

    /// <summary>Whether machine <paramref name="machine"/> is drawn one by one.</summary>
    public bool IsOneByOne(int machine) => _styles.ContainsKey(machine);

    /// <summary>
    /// The look (colour, pattern, marker, width: <see cref="ChartStyle"/>) of a machine drawn one by one: its place among
    /// them, so the few drawn of a large run differ from each other. Up to <see cref="MachinesShown.MaxOneByOne"/> machines it is the machine's id.
    /// </summary>
    public int StyleOf(int machine) => _styles[machine];

    /// <summary>The legend entry of the machines drawn together.</summary>
    public string TogetherLabel => $"the other {Together.Count} machines";

    public static ChartMachines Of(IReadOnlyList<MachineAnalysis> machines)
    {
        var chosen = MachinesShown.OneByOne([.. machines.Select(m => (m.Machine, m.TickRate))]);
        return new ChartMachines(
            [.. machines.Where(m => chosen.Contains(m.Machine))],
            [.. machines.Where(m => !chosen.Contains(m.Machine))]);
    }
}
