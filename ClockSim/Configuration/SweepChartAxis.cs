namespace ClockSim.Configuration;

/// <summary>What the horizontal axis of a one-axis sweep's charts shows.</summary>
internal enum SweepChartAxis
{
    /// <summary>The axis's own values: spaced as numbers when they are numbers, one after another otherwise.</summary>
    Axis,

    /// <summary>The load the model predicts for the slowest machine, λ/r: for sweeps that map the drowning threshold.</summary>
    Load,
}
