using System.Text.Json;
using System.Text.RegularExpressions;
using ClockSim.Analysis.Export;
using ClockSim.Analysis.Reading;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Export;

/// <summary>The exported log against the rules of ShiViz's parser (js/model/parser.js, modelGraph.js, vectorTimestamp.js).</summary>
public sealed class ShiVizLogTests
{
    private static async Task<(string Log, string Folder, SimulationHarness Harness)> ExportAsync(params string[] rates)
    {
        var harness = new SimulationHarness(["--Simulation:Engine=Virtual", "--Simulation:Seed=42", "--Simulation:DurationSeconds=30", .. rates]);
        var analysis = await harness.RunToEndAsync();
        analysis.ShiViz!.Write(harness.Folder);
        return (await File.ReadAllTextAsync(Path.Combine(harness.Folder, ShiVizLog.FileName)), harness.Folder, harness);
    }

    private static List<(string Host, Dictionary<string, long> Clock, string Event)> Parse(string log)
    {
        var lines = log.Split('\n', 3);
        var parser = new Regex(lines[0], RegexOptions.Multiline);
        return [.. parser.Matches(lines[2]).Select(m => (m.Groups["host"].Value, JsonSerializer.Deserialize<Dictionary<string, long>>(m.Groups["clock"].Value)!, m.Groups["event"].Value))];
    }

    [Fact]
    public Task Write_FollowsEveryRuleOfShiVizsParser() => AssertEveryRuleAsync(expectedEvents: null);

    [Fact]
    public Task Write_LargeRun_HoldsItsFirstEventsInTimeAndStillEveryRule() =>
        AssertEveryRuleAsync(expectedEvents: ShiVizLog.MaxEvents, "--Simulation:TickRates:0=200", "--Simulation:TickRates:1=150", "--Simulation:TickRates:2=100");

    /// <param name="expectedEvents">The events the log must hold, when the run is cut; null for a run held whole.</param>
    private static async Task AssertEveryRuleAsync(int? expectedEvents, params string[] rates)
    {
        var (log, _, harness) = await ExportAsync(rates);
        using var _harness = harness;
        var lines = log.Split('\n');

        Assert.DoesNotContain('\r', log);
        Assert.Equal(ShiVizLog.Parser, lines[0]);
        Assert.Equal("", lines[1]);
        Assert.All(["event", "host", "clock"], name => Assert.Contains($"(?<{name}>", lines[0], StringComparison.Ordinal));

        var events = Parse(log);
        Assert.Equal((lines.Length - 3) / 2, events.Count);
        if (expectedEvents is { } cut)
        {
            Assert.InRange(events.Count, cut - 10, cut);
        }

        var counts = events.GroupBy(e => e.Host).ToDictionary(g => g.Key, g => (long)g.Count());
        foreach (var group in events.GroupBy(e => e.Host))
        {
            Assert.DoesNotContain(' ', group.Key);
            Assert.Equal(Enumerable.Range(1, group.Count()).Select(i => (long)i), group.Select(e => e.Clock[group.Key]));
        }

        Assert.All(events, e => Assert.All(e.Clock, entry => Assert.InRange(entry.Value, 1, counts[entry.Key])));
        Assert.Contains(events, e => Regex.IsMatch(e.Event, @"^Receive \d+-\d+ from M\d, L=\d+ \(jump \d+\), at \d+\.\d{3} s$"));
        Assert.Contains(events, e => Regex.IsMatch(e.Event, @"^Send \d+-\d+ to M\d, L=\d+, at \d+\.\d{3} s$"));
    }

    [Fact]
    public async Task Write_TheArrowsShiVizDrawsFromTheClocks_AreExactlyTheReceives()
    {
        var (log, folder, harness) = await ExportAsync();
        using var _harness = harness;

        // ShiViz's rule: an event's parents are the events whose entries its clock raised, less those another parent already knew.
        var events = Parse(log);
        var drawn = new HashSet<(string, long, string, long)>();
        foreach (var host in events.GroupBy(e => e.Host))
        {
            var known = new Dictionary<string, long>();
            foreach (var (_, clock, _) in host)
            {
                var raised = clock.Where(entry => entry.Key != host.Key && known.GetValueOrDefault(entry.Key) < entry.Value).ToList();
                foreach (var (other, time) in raised)
                {
                    known[other] = time;
                }

                var parents = raised.Where(candidate => !raised.Any(other => other.Key != candidate.Key
                    && events.First(e => e.Host == other.Key && e.Clock[other.Key] == other.Value).Clock.GetValueOrDefault(candidate.Key) == candidate.Value));
                foreach (var (other, time) in parents)
                {
                    drawn.Add((other, time, host.Key, clock[host.Key]));
                }
            }
        }

        var manifest = RunManifestJson.Read(folder);
        var sends = new Dictionary<MessageKey, long>();
        var receives = new HashSet<(string, long, string, long)>();
        var rows = manifest.Machines.SelectMany(m => EventCsvReader.Events(RunFolderReader.EventsPath(folder, m))).ToList();
        foreach (var row in rows.Where(r => r.Kind is EventKind.Send or EventKind.SendAll))
        {
            sends[row.Message] = row.Tick;
        }

        foreach (var row in rows.Where(r => r.Kind == EventKind.Receive))
        {
            receives.Add((ShiVizLog.Host(row.Message.Sender), sends[row.Message], ShiVizLog.Host(row.Machine), row.Tick));
        }

        Assert.NotEmpty(receives);
        Assert.Equal(receives.Order(), drawn.Order());
    }
}
