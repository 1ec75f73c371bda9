using ClockSim.Hosting;

namespace ClockSim.Cli;

/// <summary>What every verb is given besides its own parsed options: the folder the user is in and the settings overrides.</summary>
internal sealed record VerbContext(string CurrentDirectory, IReadOnlyList<string> Overrides)
{
    /// <summary>The settings with <paramref name="configFile"/> (relative to the current folder) layered in.</summary>
    /// <exception cref="Configuration.SettingsException">A file is missing or is not valid JSON.</exception>
    public InvocationSettings Settings(string? configFile) => InvocationSettings.Load(CurrentDirectory, configFile, Overrides);
}
