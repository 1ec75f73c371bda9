namespace ClockSim.Configuration;

/// <summary>
/// Marks a setting about this computer (where files go) rather than about the run itself: a rerun from a run's
/// <c>run.json</c> takes it from the current configuration, not from the recorded run.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class LocalSettingAttribute : Attribute;
