using ClockSim.Configuration;
using ClockSim.Sweeps;
using ClockSim.Tests.Support;
using ClockSim.Application;

namespace ClockSim.Tests.Sweeps;

public sealed class SweepFileReaderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string json) => _folder.Write("sweep.json", json);

    private IReadOnlyList<string> Problems(string json) => Assert.Throws<SettingsException>(() => SweepFileReader.Load(Write(json))).Problems;

    private string Label => DisplayPath.Of(Path.Combine(_folder.Path, "sweep.json"));

    [Fact]
    public void Load_TheIssuesShape_GivesEveryCombinationFirstAxisSlowest()
    {
        var file = SweepFileReader.Load(Write("""
            {
              "Sweep": {
                "Title": "Slow machine against two fast ones",
                "Seeds": { "First": 1, "Count": 200 },
                "Axes": { "TickRates": [[1, 6, 6], [2, 6, 6]], "Weights:Internal": [7, 3] }
              },
              "Simulation": { "DurationSeconds": 60 }
            }
            """));

        Assert.Equal("Slow machine against two fast ones", file.Title);
        Assert.Equal(Enumerable.Range(1, 200), file.Seeds);
        Assert.Equal(["TickRates", "Weights:Internal"], file.Axes.Select(a => a.Key));
        Assert.Equal(
            ["TickRates = [1, 6, 6], Weights:Internal = 7", "TickRates = [1, 6, 6], Weights:Internal = 3",
             "TickRates = [2, 6, 6], Weights:Internal = 7", "TickRates = [2, 6, 6], Weights:Internal = 3"],
            file.Combinations.Select(c => c.Label(file.Axes)));
        var last = file.Combinations[^1].Options;
        Assert.Equal([2.0, 6, 6], last.TickRates);
        Assert.Equal((3.0, 60.0, SimulationEngine.Virtual), (last.Weights.Internal, last.DurationSeconds, last.Engine));
        Assert.Equal(Path.Combine(_folder.Path, "results", "sweep"), file.ResultsFolder);
    }

    [Fact]
    public void Load_SeedsAsAListAndNoAxes_IsOneCombinationOfTheFilesSettings()
    {
        var file = SweepFileReader.Load(Write("""{ "Sweep": { "Seeds": [5, 3, 9] }, "Simulation": { "Machines": 4, "Weights": { "Internal": 2 } } }"""));

        Assert.Equal([5, 3, 9], file.Seeds);
        var combination = Assert.Single(file.Combinations);
        Assert.Equal((4, 2.0), (combination.Options.Machines, combination.Options.Weights.Internal));
        Assert.Equal("sweep", file.Title);
    }

    [Fact]
    public void Load_AxisValueReplacesTheListItNames_WholeNotEntryByEntry()
    {
        var file = SweepFileReader.Load(Write("""
            { "Sweep": { "Seeds": [1], "Axes": { "TickRates": [[2, 6]], "Machines": [2] } }, "Simulation": { "Machines": 3, "TickRates": [1, 6, 6] } }
            """));

        Assert.Equal([2.0, 6], Assert.Single(file.Combinations).Options.TickRates);
    }

    [Fact]
    public void Load_SectionValuedAxis_SetsTheWholeSection()
    {
        var file = SweepFileReader.Load(Write("""
            { "Sweep": { "Seeds": [1], "Axes": { "Network:Delay": [{ "Distribution": "Constant", "MeanMs": 50 }] } } }
            """));

        var delay = Assert.Single(file.Combinations).Options.Network.Delay;
        Assert.Equal((DelayDistribution.Constant, 50.0), (delay.Distribution, delay.MeanMs));
        Assert.Equal("{Distribution: Constant, MeanMs: 50}", file.Combinations[0].Values[0].Text);
    }

    [Fact]
    public void Load_MisspeltKeys_AreRefusedWithTheClosestKey() =>
        Assert.Equal(
            [
                $"Sweep:Titel is not a setting ({Label}); did you mean Sweep:Title?",
                $"Sweep:Axes:Weights:Internl is not a setting ({Label}); did you mean Sweep:Axes:Weights:Internal?",
                $"Simulation:DurationSecond is not a setting ({Label}); did you mean Simulation:DurationSeconds?",
            ],
            Problems("""
                { "Sweep": { "Titel": "T", "Seeds": [1], "Axes": { "Weights:Internl": [1] } }, "Simulation": { "DurationSecond": 5 } }
                """));

    [Theory]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Colour": 1 } }""", "Sweep:Colour is not a setting ({0}); the settings of Sweep are Title, Question, Seeds, Axes, ChartAgainst, Baseline.")]
    [InlineData("""{ "Sweep": { "Seeds": { "Count": 1, "Frist": 2 } } }""", "Sweep:Seeds:Frist is not a setting ({0}); did you mean Sweep:Seeds:First?")]
    [InlineData("""{ "Swep": { }, "Sweep": { "Seeds": [1] } }""", "Swep is not a setting ({0}); did you mean Sweep?")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "Machines": [] } } }""", "Sweep:Axes:Machines is empty ({0}); give at least one value.")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "Machines": 3 } } }""", "Sweep:Axes:Machines is 3 ({0}); give the list of values it takes, e.g. [1, 2].")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "Seed": [1, 2] } } }""", "Sweep:Axes:Seed cannot be an axis ({0}): the seeds are Sweep:Seeds.")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "Machines": [3, 3] } } }""", "Sweep:Axes:Machines lists 3 twice ({0}); each value runs once.")]
    [InlineData("""{ "Sweep": { "Seeds": { "First": 1, "Count": 1000000 }, "Axes": { "Weights:Internal": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } } }""",
        "{0} asks for 10 combinations × 1000000 seeds, 30000000 machines' figures in all; a sweep keeps at most 5000000 (about 2 GB); split it into several sweeps.")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "TickRates": [[1e-7, 1, 1]] } } }""",
        "{0}, axis TickRates = [1e-7, 1, 1]: Simulation:TickRates:0 is 1E-07; each rate must be from 0.001 to 10000 ticks per second.")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "Weights": [{ "Internal": 1 }], "Weights:Internal": [2] } } }""",
        "Sweep:Axes:Weights:Internal overlaps the axis Weights ({0}); a setting can have one axis only.")]
    [InlineData("""{ "Sweep": { "Seeds": [1, 2, 1] } }""", "Sweep:Seeds lists 1 twice ({0}); each seed runs once.")]
    [InlineData("""{ "Sweep": { "Seeds": [1, 2147483648] } }""", "Sweep:Seeds:1 is 2147483648 ({0}), which is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("""{ "Sweep": { "Seeds": [1.5] } }""", "Sweep:Seeds:0 is 1.5 ({0}), which is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("""{ "Sweep": { "Seeds": { "First": 1 } } }""", "Sweep:Seeds gives no Count ({0}): how many seeds, from First.")]
    [InlineData("""{ "Sweep": { "Seeds": { "First": 1, "Count": 0 } } }""", "Sweep:Seeds:Count is 0 ({0}); run at least one seed.")]
    [InlineData("""{ "Sweep": { "Title": "no seeds" } }""",
        "{0} gives no Sweep:Seeds; list them, [1, 2, 3], or count them, { \"First\": 1, \"Count\": 100 }.")]
    [InlineData("""{ "Simulation": { } }""",
        "{0} has no Sweep section; a sweep file gives at least Sweep:Seeds, e.g. \"Seeds\": { \"First\": 1, \"Count\": 100 }.")]
    [InlineData("""{ "Sweep": { "Seeds": [1] }, "Simulation": { "Engine": "Sockets" } }""",
        "Simulation:Engine does not belong in a sweep file ({0}): a sweep always runs on the Virtual engine.")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "ChartAgainst": "Rate" } }""", "Sweep:ChartAgainst is 'Rate' ({0}), which is not one of Axis, Load.")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "TickRates": [[1, 6, 6], [2, 6, 6]] }, "Baseline": 3 } }""",
        "Sweep:Baseline is 3 ({0}), which names no combination; give a combination's number, 1 to 2, or its label as summary.md heads it, e.g. \"TickRates = [1, 6, 6]\".")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "TickRates": [[1, 6, 6], [2, 6, 6]] }, "Baseline": "TickRates = [3, 6, 6]" } }""",
        "Sweep:Baseline is 'TickRates = [3, 6, 6]' ({0}), which names no combination; did you mean \"TickRates = [1, 6, 6]\"?")]
    [InlineData("""{ "Sweep": { "Seeds": [1], "Axes": { "TickRates": [[1, 6, 6], [2, 6, 6]] }, "Baseline": "Machines = 4" } }""",
        "Sweep:Baseline is 'Machines = 4' ({0}), which names no combination; give a combination's number, 1 to 2, or its label as summary.md heads it, e.g. \"TickRates = [1, 6, 6]\".")]
    public void Load_BadSweep_IsOneSentence(string json, string expected) =>
        Assert.Equal([expected.Replace("{0}", Label, StringComparison.Ordinal)], Problems(json));

    [Theory]
    [InlineData("2")]
    [InlineData("\"TickRates = [2, 6, 6]\"")]
    [InlineData("\"tickrates=[2,6,6]\"")]
    public void Load_BaselineByNumberOrLabel_NamesThatCombination(string baseline) =>
        Assert.Equal(2, SweepFileReader.Load(Write($$"""
            { "Sweep": { "Seeds": [1], "Axes": { "TickRates": [[1, 6, 6], [2, 6, 6], [3, 6, 6]] }, "Baseline": {{baseline}} } }
            """)).Baseline);

    [Fact]
    public void Load_WithoutBaseline_ComparesWithTheFirstCombination() =>
        Assert.Equal(1, SweepFileReader.Load(Write("""{ "Sweep": { "Seeds": [1], "Axes": { "Machines": [3, 4] } } }""")).Baseline);

    [Fact]
    public void Load_ValueOfTheWrongType_NamesTheAxisAndValue()
    {
        var problems = Problems("""{ "Sweep": { "Seeds": [1], "Axes": { "Weights:Internal": [7, "lots"], "TickRates": [1] } } }""");

        Assert.Collection(
            problems,
            p => Assert.Equal($"Simulation:Weights:Internal is 'lots' ({Label}, axis Weights:Internal = lots), which is not a number.", p),
            p => Assert.StartsWith($"Simulation:TickRates is a list, not one value ({Label}, axis TickRates = 1)", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ValueTheOptionsRefuse_IsBlamedOnItsAxisValue() =>
        Assert.Equal(
            [$"{Label}, axis Weights:Internal = -1: Simulation:Weights:Internal is -1; a weight must be a number from 0 to 1e9."],
            Problems("""{ "Sweep": { "Seeds": [1], "Axes": { "Weights:Internal": [7, -1], "Machines": [3, 4] } } }"""));

    [Fact]
    public void Load_ValuesTheOptionsRefuseOnlyTogether_AreBlamedOnTheCombination() =>
        Assert.Equal(
            [$"{Label}, combination TickRates = [1, 6, 6], Machines = 4: Simulation:TickRates has 3 entries but Simulation:Machines is 4; give one rate per machine or none."],
            Problems("""{ "Sweep": { "Seeds": [1], "Axes": { "TickRates": [[1, 6, 6], [1, 2, 3, 4]], "Machines": [3, 4] } } }""")
                .Where(p => p.Contains("[1, 6, 6]", StringComparison.Ordinal)));

    [Fact]
    public void Load_SettingRefusedInTheFilesOwnSection_IsBlamedOnTheFile() =>
        Assert.Equal(
            [$"{Label}: Simulation:Weights:Internal is -2; a weight must be a number from 0 to 1e9."],
            Problems("""{ "Sweep": { "Seeds": [1], "Axes": { "Machines": [3, 4] } }, "Simulation": { "Weights": { "Internal": -2 } } }"""));
}
