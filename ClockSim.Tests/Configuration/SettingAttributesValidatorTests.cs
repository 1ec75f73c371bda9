using ClockSim.Configuration;

namespace ClockSim.Tests.Configuration;

public sealed class SettingAttributesValidatorTests
{
    [Fact]
    public void RuleInsideAListOfSections_NamesTheEntryInFull()
    {
        var options = new SampleOptions { Links = [new SampleLink { LossRate = 0.5 }, new SampleLink { LossRate = 2 }] };

        var result = new SettingAttributesValidator<SampleOptions>(SampleOptions.SectionName).Validate(null, options);

        Assert.Equal("The field Sample:Links:1:LossRate must be between 0 and 1.", Assert.Single(result.Failures!));
    }

    [Fact]
    public void RuleWithItsOwnMessage_IsThatMessageAlone()
    {
        var result = new SettingAttributesValidator<SimulationOptions>(SimulationOptions.SectionName).Validate(null, new SimulationOptions { Machines = 1 });

        Assert.Equal("Simulation:Machines must be a whole number from 2 to 128 (Sockets engine) or to 1000 (Virtual engine).", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Defaults_AreValid() =>
        Assert.True(new SettingAttributesValidator<SimulationOptions>(SimulationOptions.SectionName).Validate(null, new SimulationOptions()).Succeeded);
}
