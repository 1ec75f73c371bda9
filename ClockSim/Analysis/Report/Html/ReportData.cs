using System.Text.Json;
using ClockSim.Analysis.Reading;
using ClockSim.Display;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The data the page draws, as one JSON object: the run's name and run.json, a lane per machine, every row of every CSV
/// in <see cref="MachineColumns"/>, and whether the causal highlight has vector clocks to work from. The writer's
/// default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the text is safe inside a script element.
/// </summary>
internal static class ReportData
{
    /// <summary>Why the page has no vector clocks when the analysis has them: a row without a whole one.</summary>
    public const string IncompleteVectors = "some rows have no vector clock with one entry per machine (see the verdict)";

    public static void Write(Stream stream, RunAnalysis run, CancellationToken cancellationToken)
    {
        var manifest = run.Manifest;
        var peers = new PeerSetTable();
        var hasVectors = run.Causality is not null;
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("run", Path.GetFileName(Path.TrimEndingDirectorySeparator(run.Folder)));
        json.WriteStartArray("kinds");
        foreach (var kind in Enum.GetNames<EventKind>())
        {
            json.WriteStringValue(kind);
        }

        json.WriteEndArray();
        json.WriteStartArray("lanes");
        foreach (var machine in manifest.Machines)
        {
            json.WriteStartObject();
            json.WriteNumber("id", machine.Id);
            json.WriteString("label", MachineLabel.Of(machine.Id, machine.TickRate));
            json.WriteNumber("rate", machine.TickRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("machines");
        foreach (var machine in manifest.Machines)
        {
            var columns = new MachineColumns(machine.Id, manifest.Machines.Count, peers);
            foreach (var line in EventCsvReader.Lines(RunFolderReader.EventsPath(run.Folder, machine), cancellationToken))
            {
                if (line.Problem is null)
                {
                    columns.Add(line.Row);
                }
            }

            hasVectors &= columns.HasVectors;
            columns.WriteTo(json);
            json.Flush();
        }

        json.WriteEndArray();
        json.WriteStartArray("peerSets");
        foreach (var set in peers.Sets)
        {
            json.WriteStringValue(set);
        }

        json.WriteEndArray();
        json.WriteStartObject("vectors");
        json.WriteBoolean("available", hasVectors);
        json.WriteString("unavailableBecause", hasVectors ? null : run.Causality is null ? RunFolderAnalysis.NoVectorClocks : IncompleteVectors);
        json.WriteEndObject();
        json.WritePropertyName("manifest");
        using (var document = JsonDocument.Parse(RunManifestJson.Serialize(manifest)))
        {
            document.RootElement.WriteTo(json);
        }

        json.WriteEndObject();
    }
}
