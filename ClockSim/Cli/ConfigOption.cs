using System.CommandLine;

namespace ClockSim.Cli;

/// <summary><c>--config FILE</c>, shared by every verb that reads the settings.</summary>
internal static class ConfigOption
{
    public static Option<string?> Create() => new("--config")
    {
        HelpName = "FILE",
        Description = "Layer a JSON settings file over appsettings.json: an experiment file, or a run's run.json (or its folder) "
            + "for that run's settings. Relative to the current folder; --Simulation:Key=value overrides still win.",
    };
}
