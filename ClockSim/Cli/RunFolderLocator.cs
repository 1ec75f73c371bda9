using ClockSim.Configuration;
using ClockSim.Recording;
using Microsoft.Extensions.Configuration;

namespace ClockSim.Cli;

/// <summary>
/// Finds the run to analyse when none is named: the newest finished run (one with a run.json) under
/// <c>Simulation:OutputDirectory</c>, read from the same configuration a run uses and resolved against the
/// folder of appsettings.json, so <c>analyze</c> finds what <c>run</c> just wrote.
/// </summary>
internal static class RunFolderLocator
{
    /// <param name="args">The <c>--Simulation:Key=value</c> overrides of the command line.</param>
    public static string OutputDirectory(string contentRoot, string? experimentFile, string[] args)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(contentRoot, ContentRoot.SettingsFile), optional: true, reloadOnChange: false);
        if (experimentFile is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(experimentFile), optional: false, reloadOnChange: false);
        }

        var configuration = builder.AddCommandLine(args).Build();
        var directory = configuration[$"{SimulationOptions.SectionName}:{nameof(SimulationOptions.OutputDirectory)}"];
        return new OutputLocation(contentRoot).Resolve(string.IsNullOrWhiteSpace(directory) ? new SimulationOptions().OutputDirectory : directory);
    }

    /// <summary>The run folder whose run.json was written last, or null when there is none.</summary>
    public static string? Newest(string outputDirectory) =>
        !Directory.Exists(outputDirectory)
            ? null
            : new DirectoryInfo(outputDirectory).EnumerateDirectories()
                .Select(d => new FileInfo(Path.Combine(d.FullName, RunManifestJson.FileName)))
                .Where(f => f.Exists)
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .ThenByDescending(f => f.DirectoryName, StringComparer.Ordinal)
                .Select(f => f.DirectoryName)
                .FirstOrDefault();
}
