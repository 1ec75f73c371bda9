namespace ClockSim.Configuration;

/// <summary>Where a layer of settings is written, which decides how a message shows the right way to write a key.</summary>
internal enum SettingsLayerKind
{
    /// <summary>A JSON file: appsettings.json, an experiment file, a run's run.json.</summary>
    JsonFile,

    /// <summary>Environment variables such as <c>Simulation__DurationSeconds</c>.</summary>
    Environment,

    /// <summary>Overrides such as <c>--Simulation:DurationSeconds=120</c>.</summary>
    CommandLine,
}
