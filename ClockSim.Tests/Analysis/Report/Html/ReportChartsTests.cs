using System.Text.Json;
using System.Text.Json.Nodes;
using ClockSim.Analysis;
using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Report.Html;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Report.Html;

public sealed class ReportChartsTests
{
    private static JsonNode ChartsOf(RunAnalysis run)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            ReportCharts.Write(json, RunChartSet.Of(run));
        }

        return JsonNode.Parse(stream.ToArray())!;
    }

    [Fact]
    public void Write_SmallRun_DrawsEveryMachineInTheLookOfThePngCharts()
    {
        using var run = TestRunFolder.ValidRun();
        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        var charts = ChartsOf(analysis);

        var lines = charts["lines"]!.AsArray();
        Assert.Equal(analysis.Machines.Select(m => m.Label), lines.Select(l => l!["label"]!.GetValue<string>()));
        Assert.Equal(["#1F77B4", "#FF7F0E", "#2CA02C"], lines.Select(l => l!["color"]!.GetValue<string>()));
        Assert.Equal(["solid", "dashed", "dotted"], lines.Select(l => l!["dash"]!.GetValue<string>()));
        Assert.Equal(["circle", "square", "triangle-up"], lines.Select(l => l!["marker"]!.GetValue<string>()));
        Assert.Null(charts["together"]);
        var series = charts["series"]!.AsArray();
        Assert.Equal(["clock", "drift", "queue"], series.Select(s => s!["id"]!.GetValue<string>()));
        Assert.All(series, s =>
        {
            Assert.Equal(3, s!["lines"]!.AsArray().Count);
            Assert.Null(s["band"]);
        });
        Assert.Equal(3, charts["jumps"]!["counts"]!.AsArray().Count);
        Assert.Equal(3, charts["delay"]!["points"]!.AsArray().Count);
    }

    [Fact]
    public void Write_ClockLine_IsTheStepCornersOfTheMachinesClock()
    {
        using var run = TestRunFolder.ValidRun();
        var analysis = RunFolderAnalysis.Analyze(run.Write(), default);

        var clock = ChartsOf(analysis)["series"]![0]!["lines"]![0]!;

        // A step line holds its value until the next corner: consecutive corners differ, and the last holds to the end.
        var y = clock["y"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        Assert.Equal(0, y[0]);
        Assert.Equal(analysis.Machines[0].Counts.FinalClock, y[^1]);
        Assert.All(y[1..^1].Zip(y[..^2]), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Write_ManyMachines_DrawsThreeLinesAndTheOthersAsABandAndAGroup()
    {
        using var folder = new TestRunFolder([.. Enumerable.Range(1, 40).Select(i => (double)(i % 7) + 1)]);
        for (var machine = 1; machine <= 40; machine++)
        {
            folder.Internal(machine, atMs: 100 + machine, clock: 1);
        }

        var charts = ChartsOf(RunFolderAnalysis.Analyze(folder.Write(), default));

        Assert.Equal(3, charts["lines"]!.AsArray().Count);
        Assert.Equal("the other 37 machines", charts["together"]!["label"]!.GetValue<string>());
        Assert.All(charts["series"]!.AsArray(), s =>
        {
            Assert.Equal(3, s!["lines"]!.AsArray().Count);
            Assert.Equal("the other 37 machines: lowest to highest", s["band"]!["label"]!.GetValue<string>());
        });
        Assert.Equal(4, charts["jumps"]!["counts"]!.AsArray().Count);
        Assert.Equal("the other 37 machines, together", charts["jumps"]!["togetherLabel"]!.GetValue<string>());
        Assert.Equal(4, charts["delay"]!["points"]!.AsArray().Count);
    }
}
