using ClockSim.Configuration;
using Microsoft.Extensions.Options;

namespace ClockSim.Tests.Configuration;

public sealed class SettingRuleTests
{
    [Fact]
    public void RuleInsideAListOfSections_NamesTheEntryInFull()
    {
        var options = new SampleOptions { Links = [new SampleLink { LossRate = 0.5 }, new SampleLink { LossRate = 2 }] };

        var result = new SampleOptionsAttributes().Validate(SampleOptions.SectionName, options);

        Assert.Equal("The field Sample:Links:1:LossRate must be between 0 and 1.", Assert.Single(result.Failures!));
    }

    [Fact]
    public void RuleWithItsOwnMessage_IsThatMessageAlone()
    {
        var result = new SimulationOptionsAttributes().Validate(SimulationOptions.SectionName, new SimulationOptions { Machines = 1 });

        Assert.Equal("Simulation:Machines must be a whole number from 2 to 128 (Sockets engine) or to 1000 (Virtual engine).", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Defaults_AreValid() =>
        Assert.True(new SimulationOptionsAttributes().Validate(SimulationOptions.SectionName, new SimulationOptions()).Succeeded);
}

/// <summary>The generated validator of the sample's attributes.</summary>
[OptionsValidator]
internal sealed partial class SampleOptionsAttributes : IValidateOptions<SampleOptions>;
