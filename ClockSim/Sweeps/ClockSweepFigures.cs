using ClockSim.Analysis.Clocks;

namespace ClockSim.Sweeps;

/// <summary>A figure of a run's four clocks that a sweep keeps for every run: its <c>runs.csv</c> column, its title, and how it is taken from the run's <see cref="ClockFigures"/>.</summary>
internal sealed record ClockSweepFigure(string Name, string Title, int Decimals, Func<ClockFigures, double> Of);

/// <summary>
/// The clock figures of every run of a sweep, in the order of their <c>runs.csv</c> columns, so sweeps can vary offset,
/// drift, resolution and synchronisation and see what physical time and the hybrid logical clock do. Each has the
/// definition of the analysis of a run folder (<see cref="ClockFigures"/>); the synchronisation's are empty without it.
/// </summary>
internal static class ClockSweepFigures
{
    public static IReadOnlyList<ClockSweepFigure> All { get; } =
    [
        new("PhysicalWrongShare", "Physical time: happened-before pairs ordered wrongly (share)", 4, c => c.Physical.WrongShare),
        new("ReceivedBeforeSentShare", "Messages received before sent, by the machines' clocks (share)", 4, c => c.ReceivedBeforeSentShare),
        new("HlcWrongShare", "HLC: happened-before pairs ordered wrongly (share)", 4, c => c.Hlc.WrongShare),
        new("HlcInventedShare", "HLC: orderings invented (share)", 3, c => c.Hlc.InventedShare),
        new("ClockSkewMs", "ε: largest offset between two clocks (ms)", 3, c => c.SkewMs),
        new("HlcAheadMs", "HLC: largest l − PhysicalMs (ms)", 3, c => c.HlcLargestAheadMs),
        new("HlcBoundSlackMs", "HLC: slack below ε + resolution (ms)", 3, c => c.HlcBoundSlackMs),
        new("HlcMaxCounter", "HLC: largest counter c", 2, c => c.HlcMaxCounter),
        new("SyncAdjustments", "Sync: clock corrections", 1, c => c.Sync?.Adjustments ?? double.NaN),
        new("SyncBackwardSteps", "Sync: corrections that set a clock back", 2, c => c.Sync?.BackwardSteps ?? double.NaN),
        new("SyncLargestStepMs", "Sync: largest correction (ms)", 3, c => c.Sync?.LargestStepMs ?? double.NaN),
    ];

    /// <summary>Each figure of <paramref name="clocks"/> in the order of <see cref="All"/>; NaN throughout when the run has none.</summary>
    public static IReadOnlyList<double> Of(ClockFigures? clocks) => [.. All.Select(f => clocks is null ? double.NaN : f.Of(clocks))];
}
