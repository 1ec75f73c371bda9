using static ClockSim.Tests.Configuration.TestLayers;

namespace ClockSim.Tests.Configuration;

public sealed class SettingsCheckerTests
{
    [Fact]
    public void MisspeltKey_IsNamedWithWhereItCameFromAndTheClosestKey() =>
        Assert.Equal(
            "Simulation:DurationSecond is not a setting (command line); did you mean Simulation:DurationSeconds?",
            Problem(CommandLine("--Simulation:DurationSecond=1")));

    [Fact]
    public void StartOfAKey_SuggestsTheKeyItStarts() =>
        Assert.EndsWith("did you mean Simulation:DurationSeconds?", Problem(CommandLine("--Simulation:Duration=3")));

    [Fact]
    public void MisspeltSection_SuggestsTheSectionWithTheRestOfTheKey() =>
        Assert.Equal(
            "Simulaton:DurationSeconds is not a setting (command line); did you mean Simulation:DurationSeconds?",
            Problem(CommandLine("--Simulaton:DurationSeconds=3")));

    [Fact]
    public void KeyInTheWrongSection_SuggestsWhereItLives() =>
        Assert.EndsWith("did you mean Simulation:Weights:Internal?", Problem(CommandLine("--Simulation:Internal=2")));

    [Fact]
    public void MisspeltNestedKey_SuggestsTheNestedKey() =>
        Assert.Equal(
            "Simulation:Weights:Interna is not a setting (appsettings.json); did you mean Simulation:Weights:Internal?",
            Problem(Json("appsettings.json", """{ "Simulation": { "Weights": { "Interna": 2 } } }""")));

    [Fact]
    public void NothingClose_ListsTheSettingsOfTheSection() =>
        Assert.StartsWith(
            "Simulation:Frobnicate is not a setting (command line); the settings of Simulation are DurationSeconds, Machines,",
            Problem(CommandLine("--Simulation:Frobnicate=1")));

    [Fact]
    public void UnknownTopLevelSection_SaysWhereSettingsLive() =>
        Assert.Equal(
            "Colour:Red is not a setting (command line); settings are under Simulation, Experiment, Sample.",
            Problem(CommandLine("--Colour:Red=1")));

    [Fact]
    public void LoggingSection_BelongsToTheLoggerAndIsNotChecked() =>
        Assert.Empty(Problems(Json("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information", "Any.Category": "Warning" } } }""")));

    [Fact]
    public void Environment_OnlyItsSimulationKeysAreChecked() =>
        Assert.Equal(
            "Simulation:DurationSecond is not a setting (environment variable Simulation__DurationSecond); did you mean Simulation:DurationSeconds?",
            Problem(Environment(("PATH", "/usr/bin"), ("Simulaton__Seed", "1"), ("Simulation__DurationSecond", "3"))));

    [Fact]
    public void SectionGivenOneValue_SaysToSetItsKeys() =>
        Assert.Equal(
            "Simulation:Weights is a section, not one value (command line); set its keys one by one: "
            + "--Simulation:Weights:SendToOne=… --Simulation:Weights:SendToAll=… --Simulation:Weights:Internal=…",
            Problem(CommandLine("--Simulation:Weights=2/1/2")));

    [Fact]
    public void SectionGivenOneValueInAFile_ShowsTheJson() =>
        Assert.EndsWith(
            """write it as "Weights": { "SendToOne": …, "SendToAll": …, "Internal": … }""",
            Problem(Json("x.json", """{ "Simulation": { "Weights": "2/1/2" } }""")));

    [Fact]
    public void SectionOfSectionsGivenOneValue_NamesItsKeysAndShowsOne() =>
        Assert.Equal(
            "Sample is a section, not one value (command line); set its keys one by one, e.g. --Sample:Mode=…; its keys are Mode, Limit, Links, Groups, Default",
            Problem(CommandLine("--Sample=1")));

    [Fact]
    public void ListGivenAsOneString_ShowsHowToWriteTheList() =>
        Assert.Equal(
            "Simulation:TickRates is a list, not one value (command line); give each entry its own index from 0: "
            + "--Simulation:TickRates:0=1 --Simulation:TickRates:1=6 --Simulation:TickRates:2=6",
            Problem(CommandLine("--Simulation:TickRates=1,6,6")));

    [Fact]
    public void ListGivenAsOneStringInAFile_ShowsTheJsonList() =>
        Assert.Equal(
            """Simulation:TickRates is a list, not one value (x.json); write it as "TickRates": [1, 6, 6]""",
            Problem(Json("x.json", """{ "Simulation": { "TickRates": "1,6,6" } }""")));

    [Fact]
    public void ListGivenAsOneStringInTheEnvironment_ShowsTheVariables() =>
        Assert.EndsWith(
            "give each entry its own index from 0: Simulation__TickRates__0=1 Simulation__TickRates__1=6",
            Problem(Environment(("Simulation__TickRates", "1 6"))));

    [Fact]
    public void ListNumberedFromOne_SaysIndexesStartAtZero() =>
        Assert.Equal(
            "Simulation:TickRates starts at index 1 (command line); list indexes start at 0 (Simulation:TickRates:0 is the first entry).",
            Problem(CommandLine("--Simulation:TickRates:1=1", "--Simulation:TickRates:2=6", "--Simulation:TickRates:3=6")));

    [Fact]
    public void ListWithAGapAcrossLayers_NamesTheLayerOfTheStrayEntry() =>
        Assert.Equal(
            "Simulation:TickRates has an entry at index 3 but none at 2 (command line); list indexes run 0, 1, 2, … without gaps.",
            Problem(Json("appsettings.json", """{ "Simulation": { "TickRates": [1, 2] } }"""), CommandLine("--Simulation:TickRates:3=5")));

    [Fact]
    public void OneEntryOverriddenOverAFileList_IsFine() =>
        Assert.Empty(Problems(Json("appsettings.json", """{ "Simulation": { "TickRates": [1, 2, 3] } }"""), CommandLine("--Simulation:TickRates:1=6")));

    [Fact]
    public void ListEntryThatIsNotAnIndex_IsRefused() =>
        Assert.Equal(
            "Simulation:TickRates:first is not a list index (command line); a list's entries are numbered 0, 1, 2, …",
            Problem(CommandLine("--Simulation:TickRates:first=1")));

    [Theory]
    [InlineData("--Simulation:Machines=three", "Simulation:Machines is 'three' (command line), which is not a whole number.")]
    [InlineData("--Simulation:Machines=3.0", "Simulation:Machines is '3.0' (command line), which is not a whole number.")]
    [InlineData("--Simulation:TickRates:0=abc", "Simulation:TickRates:0 is 'abc' (command line), which is not a number.")]
    [InlineData("--Simulation:DurationSeconds=1,5", "Simulation:DurationSeconds is '1,5' (command line), which is not a number.")]
    [InlineData("--Simulation:Seed=4.5", "Simulation:Seed is '4.5' (command line), which is not a whole number or null.")]
    [InlineData("--Simulation:Machines:Count=3", "Simulation:Machines:Count is not a setting (command line); Simulation:Machines is one value, not a section.")]
    public void BadValue_IsOneSentenceNamingTheKey(string argument, string expected) => Assert.Equal(expected, Problem(CommandLine(argument)));

    [Theory]
    [InlineData("--Simulation:Seed=null")]
    [InlineData("--Simulation:Seed=NULL")]
    [InlineData("--Simulation:Seed=")]
    [InlineData("--Simulation:TickRates=")]
    [InlineData("--Simulation:DurationSeconds=0.25")]
    public void DocumentedValue_IsAccepted(string argument) => Assert.Empty(Problems(CommandLine(argument)));

    [Fact]
    public void JsonNull_IsASeedButNotAMachineCount()
    {
        Assert.Empty(Problems(Json("appsettings.json", """{ "Simulation": { "Seed": null, "TickRates": [] } }""")));
        Assert.Equal(
            "Simulation:Machines is null (appsettings.json), which is not a whole number.",
            Problem(Json("appsettings.json", """{ "Simulation": { "Machines": null } }""")));
    }

    [Fact]
    public void ExperimentSection_IsCheckedToo() =>
        Assert.Equal(
            "Experiment:Seed is not a setting (x.json); did you mean Experiment:Seeds?",
            Problem(Json("x.json", """{ "Experiment": { "Seed": [1] } }""")));

    [Fact]
    public void ListOfSections_EachEntryIsChecked() =>
        Assert.Equal(
            "Sample:Links:1:Dela is not a setting (command line); did you mean Sample:Links:1:Delay?",
            Problem(CommandLine("--Sample:Links:0:From=1", "--Sample:Links:1:Dela=3")));

    [Fact]
    public void ListOfLists_EachEntryIsCheckedAndNumberedFromZero() =>
        Assert.Equal(
            [
                "Sample:Groups:0:1 is 'x' (command line), which is not a whole number.",
                "Sample:Groups:0 starts at index 1 (command line); list indexes start at 0 (Sample:Groups:0:0 is the first entry).",
            ],
            Problems(CommandLine("--Sample:Groups:0:1=x")));

    [Fact]
    public void EnumValue_IsOneOfItsNames()
    {
        Assert.Empty(Problems(CommandLine("--Sample:Mode=virtual")));
        Assert.Equal("Sample:Mode is 'Virtul' (command line), which is not one of Sockets, Virtual.", Problem(CommandLine("--Sample:Mode=Virtul")));
    }
}
