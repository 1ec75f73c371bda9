namespace ClockSim.Analysis.Statistics;

/// <summary>
/// The end of a run as the analysis takes it, the span every rate and mean is taken over: the latest of the machines' last
/// rows, or run.json's elapsed time when no machine has a row later than 0.
/// </summary>
internal static class RunHorizon
{
    /// <param name="lastTimes">Each machine's last row's time, 0 for a machine with none.</param>
    /// <returns>Milliseconds since the start.</returns>
    public static double Of(IEnumerable<double> lastTimes, double elapsedSeconds) =>
        lastTimes.Max() is > 0 and var last ? last : elapsedSeconds * 1000;

    /// <summary>The horizon in seconds, as the figures give it.</summary>
    public static double Seconds(double horizonMs) => horizonMs / 1000;
}
