using ClockSim.Configuration;
using ClockSim.Application;
using ClockSim.Hosting;

namespace ClockSim.Cli;

/// <summary><c>--dry-run</c>: every setting as the run would use it, where each came from, and where the run would go.</summary>
internal static class DryRun
{
    public static void Write(TextWriter output, InvocationSettings settings, SimulationOptions options)
    {
        output.WriteLine("Settings (--dry-run: nothing runs):");
        var rows = ResolvedSetting.All(settings.Layers, SimulationOptions.SectionName, options);
        var keyWidth = rows.Max(r => r.Key.Length);
        var valueWidth = rows.Max(r => r.Value.Length);
        foreach (var row in rows)
        {
            output.WriteLine($"  {row.Key.PadRight(keyWidth)}  {row.Value.PadRight(valueWidth)}  {row.Origin}");
        }

        output.WriteLine(settings.SettingsFile is { } file
            ? $"Settings file: {DisplayPath.Of(file)}"
            : $"Settings file: none in this folder or above, so the defaults stand.");
        output.WriteLine($"Run folders go under: {settings.Output.Resolve(options.OutputDirectory)}");
    }
}
