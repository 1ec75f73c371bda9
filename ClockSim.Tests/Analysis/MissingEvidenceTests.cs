using ClockSim.Analysis;
using ClockSim.Analysis.Reading;
using ClockSim.Analysis.Report;
using ClockSim.Analysis.Rules;
using ClockSim.Application;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis;

/// <summary>What the analysis says when evidence is missing: a deleted undelivered.csv, a run with no events, a killed run.</summary>
public sealed class MissingEvidenceTests
{
    [Fact]
    public async Task DeletedUndeliveredCsv_OfARunThatLeftMessages_BreaksConservation()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=3", "--Simulation:DurationSeconds=30",
            "--Simulation:TickRates:0=1", "--Simulation:TickRates:1=6", "--Simulation:TickRates:2=6");
        var before = await harness.RunToEndAsync();
        Assert.True(before.Verdict.IsValid);
        Assert.True(RunManifestJson.Read(harness.Folder).Machines.Sum(m => m.LeftInQueue) > 0);

        File.Delete(Path.Combine(harness.Folder, UndeliveredCsv.FileName));
        var after = harness.Analyze();

        var broken = Assert.Single(after.Verdict.First);
        Assert.Equal(RuleKind.Conservation, broken.Rule);
        Assert.Equal(UndeliveredCsv.FileName, broken.Where.File);
        Assert.StartsWith("the file is missing, but the run recorded it:", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndeliveredCsvWithoutAColumn_BreaksConservationOnceOnItsHeader_AndTheReportIsStillWritten()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=3", "--Simulation:DurationSeconds=30",
            "--Simulation:TickRates:0=1", "--Simulation:TickRates:1=6", "--Simulation:TickRates:2=6");
        await harness.RunToEndAsync();
        var path = Path.Combine(harness.Folder, UndeliveredCsv.FileName);
        var lines = File.ReadAllLines(path);
        Assert.True(lines.Length > 2);
        lines[0] = lines[0].Replace("SentMs", "Sent", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var result = await RunAnalyzer.AnalyzeAsync(harness.Folder, pngCharts: false, new TestConsole().Console, CancellationToken.None);

        Assert.Equal(ExitCodes.InvalidRun, result.ExitCode);
        var broken = Assert.Single(result.Analysis!.Verdict.First);
        Assert.Equal($"{UndeliveredCsv.FileName} line 1: the header has no SentMs column (it is 'MessageId,From,To,Sent,Reason') [Conservation]", broken.ToString());
        Assert.True(File.Exists(Path.Combine(harness.Folder, ClockSim.Analysis.Report.Html.ReportHtml.FileName)));
    }

    [Fact]
    public async Task RunWithNoEvents_SaysSoInsteadOfBlamingAnOldFolder()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=3", "--Simulation:DurationSeconds=0.001");

        var analysis = await harness.RunToEndAsync();

        Assert.True(analysis.Verdict.IsValid, string.Join("\n", analysis.Verdict.First));
        Assert.Null(analysis.Causality);
        Assert.Equal(RunFolderAnalysis.NoEvents, analysis.CausalityUnavailableBecause);
        Assert.Equal("Causality: unavailable, because the run has no events: it ended before any machine's first tick.", CausalityText.Sentence(analysis));
    }

    [Fact]
    public void KilledRun_IsDescribedByWhatItLeft()
    {
        using var folder = new TempDirectory();
        folder.Write("machine-1.csv.partial", "Machine,Tick\n1,1\n1,2\n1,3\n");
        folder.Write("machine-2.csv.partial", "Machine,Tick\n2,1\n");

        var error = Assert.Throws<RunFolderException>(() => RunFolderReader.ReadManifest(folder.Path));

        Assert.Equal($"'{folder.Path}' has no run.json; it is not a finished run folder: the run was stopped before it finished (killed, or its computer "
            + "stopped) and left only its events so far (machine-1.csv 3 rows, machine-2.csv 1 row), unchecked.", error.Message);
    }
}
