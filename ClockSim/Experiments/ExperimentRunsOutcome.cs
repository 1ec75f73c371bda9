namespace ClockSim.Experiments;

/// <summary>How the socket runs of the chosen experiments ended.</summary>
/// <param name="AllRan">Whether every run ran to its end and wrote its folder (an invalid verdict still counts as ran).</param>
/// <param name="Interrupted">When cancelled: the folders the interrupted runs were kept in, beside the committed results; otherwise null.</param>
internal sealed record ExperimentRunsOutcome(bool AllRan, IReadOnlyList<string>? Interrupted);
