using System.Text.Json;
using ClockSim.Analysis.Charts;
using ClockSim.Display;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// The data the page draws, as one JSON object: the run's name and run.json, a lane per machine, the rows the analysis
/// took for it (<see cref="ReportColumns"/>), how much of the run that is, whether the causal highlight has vector clocks to work
/// from, whether the machine-clock and HLC axes have readings to draw, the messages never delivered (<see cref="UndeliveredStubs"/>)
/// and the charts (<see cref="ReportCharts"/>). The writer's default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the text is safe inside a
/// script element.
/// </summary>
internal static class ReportData
{
    /// <summary>Why the page has no vector clocks when the analysis has them: a row without a whole one.</summary>
    public const string IncompleteVectors = "some rows have no vector clock with one entry per machine (see the verdict)";

    /// <summary>Why the page has no machine clocks or HLC when the analysis has them: a row without them.</summary>
    public const string IncompleteClocks = "some rows have no physical reading or hybrid logical clock (see the verdict)";

    /// <exception cref="InvalidOperationException">The analysis was made without the report's rows.</exception>
    public static void Write(Stream stream, RunAnalysis run, RunChartSet charts)
    {
        var manifest = run.Manifest;
        var columns = run.Report ?? throw new InvalidOperationException("The run was analysed without the rows of its report.");
        var events = manifest.Machines.Sum(m => m.Ticks);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("run", Path.GetFileName(Path.TrimEndingDirectorySeparator(run.Folder)));
        Strings(json, "kinds", Enum.GetNames<EventKind>());
        WriteLanes(json, manifest);
        json.WriteStartArray("machines");
        columns.WriteMachines(json);
        json.WriteEndArray();
        Strings(json, "peerSets", columns.Peers.Sets);
        var (wholeVectors, wholeClocks) = (columns.WholeVectors, columns.WholeClocks);

        json.WriteStartObject("embedded");
        json.WriteNumber("events", columns.Rows);
        json.WriteNumber("runEvents", events);
        if (columns.UntilMs is { } until)
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
        json.WritePropertyName("charts");
        ReportCharts.Write(json, charts);
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
