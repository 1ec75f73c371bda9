using System.Text.Json;
using ClockSim.Analysis.Reading;
using ClockSim.Display;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Analysis.Statistics;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The data the page draws, as one JSON object: the run's name and run.json, a lane per machine, every row of every CSV
/// in <see cref="MachineColumns"/>, how much of the run that is, whether the causal highlight has vector clocks to work
/// from, whether the machine-clock and HLC axes have readings to draw, and the messages never delivered (<see cref="UndeliveredStubs"/>). The writer's default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the text is safe inside a
/// script element.
/// </summary>
internal static class ReportData
{
    /// <summary>Why the page has no vector clocks when the analysis has them: a row without a whole one.</summary>
    public const string IncompleteVectors = "some rows have no vector clock with one entry per machine (see the verdict)";

    /// <summary>Why the page has no machine clocks or HLC when the analysis has them: a row without them.</summary>
    public const string IncompleteClocks = "some rows have no physical reading or hybrid logical clock (see the verdict)";

    /// <summary>
    /// The most events a report holds, so that a browser still opens the page. A larger run's report
    /// holds its first <see cref="MaxEvents"/> events in time (<see cref="MachineTimeline.InstantOfFirst"/>), so the diagram
    /// shows the start of the run whole (its causal futures end at that instant).
    /// </summary>
    public const long MaxEvents = 1_000_000;

    public static void Write(Stream stream, RunAnalysis run, long maxEvents)
    {
        var manifest = run.Manifest;
        var events = manifest.Machines.Sum(m => m.Ticks);
        double? untilMs = events > maxEvents ? MachineTimeline.InstantOfFirst(run.Timelines, maxEvents) : null;
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("run", Path.GetFileName(Path.TrimEndingDirectorySeparator(run.Folder)));
        Strings(json, "kinds", Enum.GetNames<EventKind>());
        WriteLanes(json, manifest);
        var (embedded, wholeVectors, wholeClocks) = WriteMachines(json, run, untilMs);

        json.WriteStartObject("embedded");
        json.WriteNumber("events", embedded);
        json.WriteNumber("runEvents", events);
        if (untilMs is { } until)
        {
            json.WriteNumber("untilMs", until);
        }
        else
        {
            json.WriteNull("untilMs");
        }

        json.WriteEndObject();

        var hasVectors = run.Causality is not null && wholeVectors;
        json.WriteStartObject("vectors");
        json.WriteBoolean("available", hasVectors);
        json.WriteString("unavailableBecause", hasVectors ? null : run.Causality is null ? run.CausalityUnavailableBecause : IncompleteVectors);
        json.WriteEndObject();

        var hasClocks = run.Clocks is not null && wholeClocks;
        json.WriteStartObject("clocks");
        json.WriteBoolean("available", hasClocks);
        json.WriteString("unavailableBecause", hasClocks ? null : run.Clocks is null ? run.ClocksUnavailableBecause : IncompleteClocks);
        json.WriteEndObject();

        UndeliveredStubs.Write(json, run.Folder);
        json.WritePropertyName("manifest");
        using (var document = JsonDocument.Parse(RunManifestJson.Serialize(manifest)))
        {
            document.RootElement.WriteTo(json);
        }

        json.WriteEndObject();
    }

    private static void WriteLanes(Utf8JsonWriter json, RunManifest manifest)
    {
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
    }

    /// <summary>Each machine's rows up to <paramref name="untilMs"/>, read, encoded and written one machine at a time.</summary>
    /// <returns>How many rows were written, and whether every one of them had a whole vector clock, and a reading and an HLC.</returns>
    private static (long Rows, bool WholeVectors, bool WholeClocks) WriteMachines(Utf8JsonWriter json, RunAnalysis run, double? untilMs)
    {
        var peers = new PeerSetTable();
        var rows = 0L;
        var wholeVectors = true;
        var wholeClocks = true;
        json.WriteStartArray("machines");
        foreach (var machine in run.Manifest.Machines)
        {
            var columns = new MachineColumns(machine.Id, run.Manifest.Machines.Count, peers);
            foreach (var line in EventCsvReader.Lines(RunFolderReader.EventsPath(run.Folder, machine)))
            {
                if (line.Problem is null && !(line.Event.ElapsedMs > untilMs))
                {
                    columns.Add(line.Event);
                }
            }

            rows += columns.Rows;
            wholeVectors &= columns.HasVectors;
            wholeClocks &= columns.HasClocks;
            columns.WriteTo(json);
            json.Flush();
        }

        json.WriteEndArray();
        Strings(json, "peerSets", peers.Sets);
        return (rows, wholeVectors, wholeClocks);
    }

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
