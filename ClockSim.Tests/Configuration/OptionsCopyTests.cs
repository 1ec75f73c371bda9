using ClockSim.Configuration;
using ClockSim.Recording;

namespace ClockSim.Tests.Configuration;

public sealed class OptionsCopyTests
{
    private static SimulationOptions EverySettingSet() => new()
    {
        DurationSeconds = 12.5,
        Machines = 4,
        MinTickRate = 2,
        MaxTickRate = 9,
        TickRates = [1.5, 2, 3, 0.001],
        Phases = StartPhases.Aligned,
        Seed = 77,
        Engine = SimulationEngine.Virtual,
        Network = new NetworkOptions
        {
            Delay = new DelayOptions { Distribution = DelayDistribution.Uniform, MinMs = 1, MaxMs = 3 },
            LossRate = 0.25,
            Fifo = false,
            Partitions = [new PartitionOptions { FromSeconds = 1, ToSeconds = 2, Groups = [[1, 2], [3, 4]] }],
            Links = [new LinkOptions { From = 1, To = 2, Delay = new DelayOptions { Distribution = DelayDistribution.Constant, MeanMs = 5 }, LossRate = 0.5 }],
        },
        Weights = new WeightOptions { SendToOne = 1, SendToAll = 2, Internal = 3 },
        OutputDirectory = "elsewhere",
    };

    [Fact]
    public void Of_CopiesEverySetting()
    {
        var options = EverySettingSet();

        var copy = OptionsCopy.Of(options);

        Assert.Equal(Json(options), Json(copy));
        Assert.NotEqual(Json(new SimulationOptions()), Json(copy));
    }

    [Fact]
    public void Of_SharesNothingWithTheOriginal()
    {
        var options = EverySettingSet();
        var before = Json(options);

        var copy = OptionsCopy.Of(options);
        copy.TickRates[0] = 99;
        copy.Network.Delay.MaxMs = 99;
        copy.Network.Partitions[0].Groups[0][0] = 99;
        copy.Network.Links[0].Delay!.MeanMs = 99;
        copy.Weights.Internal = 99;

        Assert.Equal(before, Json(options));
    }

    /// <summary>The options as run.json records them.</summary>
    private static string Json(SimulationOptions options) =>
        RunManifestJson.Serialize(new RunManifest
        {
            FormatVersion = RunRecorder.FormatVersion, Options = options, TickRatesDrawn = false, Seed = 0, StartUtc = null, EndUtc = null,
            ElapsedSeconds = 0, EndReason = "completed", Machines = [], InFlight = 0,
        });
}
