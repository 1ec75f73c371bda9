namespace ClockSim.Configuration;

/// <summary>A top-level section the program reads, e.g. <c>Simulation</c>; a null shape is a section another library owns (<c>Logging</c>), not checked here.</summary>
internal sealed record RootSection(string Name, SettingShape? Shape)
{
    /// <summary>The section of an options class: <c>RootSection.For&lt;SimulationOptions&gt;("Simulation")</c>.</summary>
    public static RootSection For<TOptions>(string name) => new(name, SettingShape.Of(typeof(TOptions)));
}
