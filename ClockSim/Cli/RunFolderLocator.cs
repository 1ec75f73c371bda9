using ClockSim.Configuration;
using ClockSim.Recording;
using ClockSim.Application;

namespace ClockSim.Cli;

/// <summary>
/// Finds the run folder <c>analyze</c> is to read: the one named, looked up relative to the current folder, then to
/// the folder of appsettings.json (where <c>runs/</c> is), then, for a bare name, under the output directory; or,
/// when none is named, the newest finished run (one with a run.json) under the output directory.
/// </summary>
internal static class RunFolderLocator
{
    /// <param name="value">The folder as the user wrote it.</param>
    /// <param name="baseDirectory">The folder of appsettings.json (or the current folder when there is none).</param>
    /// <param name="outputDirectory">The output directory, in full.</param>
    /// <exception cref="SettingsException">The path names a file, or nothing.</exception>
    public static string Resolve(string value, string currentDirectory, string baseDirectory, string outputDirectory)
    {
        var bare = value.IndexOfAny(['/', Path.DirectorySeparatorChar]) < 0;
        string[] candidates = Path.IsPathRooted(value)
            ? [value]
            : [.. new[] { currentDirectory, baseDirectory }.Concat(bare ? [outputDirectory] : []).Select(d => Path.GetFullPath(value, d)).Distinct()];
        foreach (var candidate in candidates)
        {
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(candidate))
            {
                throw new SettingsException($"'{value}' is a file, not a run folder; name the folder that holds {RunManifestJson.FileName}.");
            }
        }

        throw new SettingsException($"the run folder '{value}' does not exist (looked for {string.Join(", ", candidates.Select(c => DisplayPath.Of(c, currentDirectory)))}).");
    }

    /// <summary>
    /// The run folder of the run that started last, by its run.json's <c>startUtc</c> (a run.json that cannot be read, or
    /// has no start, counts by the time it was written), or null when there is none. The time a folder's name carries is
    /// only to the second, and a folder's own times change when it is copied, so neither decides.
    /// </summary>
    public static string? Newest(string outputDirectory) =>
        !Directory.Exists(outputDirectory)
            ? null
            : new DirectoryInfo(outputDirectory).EnumerateDirectories()
                .Select(d => new FileInfo(Path.Combine(d.FullName, RunManifestJson.FileName)))
                .Where(f => f.Exists)
                .Select(f => (Folder: f.DirectoryName!, Started: StartOf(f)))
                .OrderByDescending(r => r.Started)
                .ThenByDescending(r => r.Folder, StringComparer.Ordinal)
                .Select(r => r.Folder)
                .FirstOrDefault();

    private static DateTimeOffset StartOf(FileInfo manifest)
    {
        try
        {
            return RunManifestJson.Read(manifest.DirectoryName!).StartUtc ?? manifest.LastWriteTimeUtc;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or NotSupportedException or InvalidDataException)
        {
            return manifest.LastWriteTimeUtc;
        }
    }
}
