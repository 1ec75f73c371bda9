namespace ClockSim.Experiments;

/// <summary>Where a committed run's figure falls against the middle 95 % of its twin's other runs.</summary>
internal enum TwinPlacement
{
    Inside,
    Outside,

    /// <summary>The range has no width at the shown precision (every run in it gives, say, 0.00): nothing to fall inside or outside of.</summary>
    Degenerate,
}
