using ClockSim.Analysis;
using ClockSim.Configuration;
using ClockSim.Experiments;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Experiments;

public sealed class ExperimentTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder.Path, name + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Load_ReadsTheExperimentSection()
    {
        var path = Write("slow", """{ "Experiment": { "Title": "T", "Question": "Q?", "Seeds": [7, 8] }, "Simulation": { "TickRates": [1, 6, 6] } }""");

        var experiment = Experiment.Load(path);

        Assert.Equal("slow", experiment.Name);
        Assert.Equal(("T", "Q?"), (experiment.Options.Title, experiment.Options.Question));
        Assert.Equal([7, 8], experiment.Options.Seeds);
        Assert.Equal(Path.Combine(_folder.Path, "results", "slow"), experiment.ResultsFolder(_folder.Path));
    }

    [Fact]
    public void Load_WithoutSeeds_SaysWhatIsMissing()
    {
        var path = Write("empty", """{ "Simulation": { "DurationSeconds": 5 } }""");

        var error = Assert.Throws<SettingsException>(() => Experiment.Load(path));

        Assert.Contains("Experiment:Seeds", error.Message);
    }

    [Fact]
    public void Load_MisspeltKey_IsRefusedWithTheClosestKey()
    {
        var path = Write("typo", """{ "Experiment": { "Seeds": [1], "Titel": "T" }, "Simulation": { "Machine": 4 } }""");

        var error = Assert.Throws<SettingsException>(() => Experiment.Load(path));

        Assert.Equal(
            [
                $"Experiment:Titel is not a setting ({DisplayPath.Of(path)}); did you mean Experiment:Title?",
                $"Simulation:Machine is not a setting ({DisplayPath.Of(path)}); did you mean Simulation:Machines?",
            ],
            error.Problems);
    }

    [Fact]
    public void LoadAll_TakesEveryJsonFileInNameOrder()
    {
        Write("b", """{ "Experiment": { "Seeds": [1] } }""");
        Write("a", """{ "Experiment": { "Seeds": [2] } }""");

        Assert.Equal(["a", "b"], Experiment.LoadAll(_folder.Path).Select(e => e.Name));
    }

    [Fact]
    public async Task Render_LinksTheReportOfEveryRun_AndChartsTheRunWithTheWidestRateSpread()
    {
        var experiment = Experiment.Load(Write("pair", """{ "Experiment": { "Title": "T", "Question": "Q?", "Seeds": [1, 2] } }"""));
        var runs = new List<RunAnalysis>();
        foreach (var rates in new[] { "2", "6" })
        {
            using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:DurationSeconds=5", $"--Simulation:Seed={rates}",
                "--Simulation:TickRates:0=2", $"--Simulation:TickRates:1={rates}", "--Simulation:TickRates:2=2");
            runs.Add(await harness.RunToEndAsync());
        }

        var text = ExperimentReport.Render(experiment, runs, "results/pair/");

        var names = runs.Select(r => Path.GetFileName(r.Folder)).ToArray();
        Assert.Contains($"[seed 2](results/pair/{names[0]}/report.html) · [seed 6](results/pair/{names[1]}/report.html)", text, StringComparison.Ordinal);
        Assert.Contains($"![Logical clock vs real time](results/pair/{names[1]}/clock.png)", text, StringComparison.Ordinal);
    }
}
