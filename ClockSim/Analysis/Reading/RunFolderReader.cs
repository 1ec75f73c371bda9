using System.Globalization;
using System.Text.Json;
using ClockSim.Configuration;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Reading;

/// <summary>
/// Opens a run folder for reading: its run.json, checked to describe machines the analysis can read, and the
/// path of each machine's CSV. It reads nothing else, so a folder copied from another computer reads the same.
/// </summary>
internal static class RunFolderReader
{
    private const string PartialSuffix = AtomicFile.PartialSuffix;

    /// <exception cref="RunFolderException">The folder or its run.json is missing or unreadable.</exception>
    public static RunManifest ReadManifest(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new RunFolderException($"the run folder '{folder}' does not exist.");
        }

        if (!File.Exists(Path.Combine(folder, RunManifestJson.FileName)))
        {
            throw new RunFolderException($"'{folder}' has no {RunManifestJson.FileName}; it is not a finished run folder{WhatIsThere(folder)}.");
        }

        RunManifest manifest;
        try
        {
            manifest = RunManifestJson.Read(folder);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            // A null where run.json holds a section or a list says where it is; the hint the serializer adds is for its programmers.
            throw new RunFolderException($"{Path.Combine(folder, RunManifestJson.FileName)} cannot be read: {e.Message.Replace(" Consider updating its nullability annotation.", "", StringComparison.Ordinal)}", e);
        }

        if (manifest.Machines.Count < 2 || manifest.Machines.Count > SimulationOptions.MaxVirtualMachines
            || manifest.Machines.Select((m, i) => m is not null && m.Id == i + 1 && SimulationOptions.IsTickRate(m.TickRate)).Any(ok => !ok))
        {
            throw new RunFolderException(string.Create(CultureInfo.InvariantCulture,
                $"{RunManifestJson.FileName} must list 2 to {SimulationOptions.MaxVirtualMachines} machines with ids 1, 2, … in order and tick rates from {SimulationOptions.MinTickRateLimit} to {SimulationOptions.MaxTickRateLimit}."));
        }

        if (NullItem(manifest.Options.Network) is { } nullItem)
        {
            throw new RunFolderException($"{Path.Combine(folder, RunManifestJson.FileName)} cannot be read: {nullItem} is null.");
        }

        // A hand-edited run.json whose settings no run could have would give predictions and figures that mean nothing.
        if (SimulationOptionsValidator.RecordedFailures(manifest.Options) is { Count: > 0 } failures)
        {
            throw new RunFolderException(string.Create(CultureInfo.InvariantCulture,
                $"{Path.Combine(folder, RunManifestJson.FileName)} records settings no run can have: {failures[0].TrimEnd('.')}{(failures.Count > 1 ? $" (and {failures.Count - 1} more)" : "")}."));
        }

        if (!(manifest.ElapsedSeconds is >= 0 and <= ClockReading.MaxMilliseconds / 1000))
        {
            throw new RunFolderException(string.Create(CultureInfo.InvariantCulture,
                $"{Path.Combine(folder, RunManifestJson.FileName)} records an elapsedSeconds of {manifest.ElapsedSeconds}, which no run can last."));
        }

        return manifest;
    }

    /// <summary>
    /// The first item of a list of run.json's network that is null, where the serializer, which refuses a null section, lets one
    /// through: an item of a list is not a property it checks.
    /// </summary>
    private static string? NullItem(NetworkOptions network) =>
        network.Links.Select((link, i) => link is null ? $"$.options.network.links[{i}]" : null)
            .Concat(network.Partitions.SelectMany((partition, i) => partition is null ? [$"$.options.network.partitions[{i}]"]
                : partition.Groups.Select((group, j) => group is null ? $"$.options.network.partitions[{i}].groups[{j}]" : null)))
            .FirstOrDefault(item => item is not null);

    /// <summary>
    /// What a run that was killed before it finished left: each machine's events as far as they were written
    /// (<c>machine-2.csv.partial</c>), but no run.json, which a run writes last.
    /// </summary>
    private static string WhatIsThere(string folder)
    {
        var partial = Directory.GetFiles(folder, "machine-*.csv" + PartialSuffix).Order(StringComparer.Ordinal).ToArray();
        if (partial.Length == 0)
        {
            return "";
        }

        var rows = partial.Select(p => $"{Path.GetFileName(p)[..^PartialSuffix.Length]} {Report.AnalysisFormat.Count(Math.Max(0, File.ReadLines(p).Count() - 1), "row")}");
        return $": the run was stopped before it finished (killed, or its computer stopped) and left only its events so far ({string.Join(", ", rows)}), unchecked";
    }

    /// <summary>The CSV of <paramref name="machine"/>.</summary>
    /// <exception cref="RunFolderException">The file is missing.</exception>
    public static string EventsPath(string folder, MachineManifest machine)
    {
        var path = Path.Combine(folder, machine.EventsFile);
        return File.Exists(path) ? path : throw new RunFolderException($"the events file '{path}' of machine {machine.Id} is missing.");
    }
}
