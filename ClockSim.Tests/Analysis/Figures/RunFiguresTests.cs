using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Figures;
using ClockSim.Recording;
using ClockSim.Tests.Engines.Virtual;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Analysis.Figures;

public sealed class RunFiguresTests
{
    /// <summary>The CSV keeps times to the microsecond, the live figures have them to the nanosecond: rates and means agree to 1e-5.</summary>
    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-5 * Math.Max(1, Math.Abs(expected)), $"{actual} is not {expected}");

    [Fact]
    public async Task Summaries_OfAVirtualRunAsItHappens_EqualTheAnalysisOfItsRunFolder()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=7", "--Simulation:DurationSeconds=120",
            "--Simulation:TickRates:0=1", "--Simulation:TickRates:1=4", "--Simulation:TickRates:2=6");
        var analysis = await harness.RunToEndAsync();
        var manifest = RunManifestJson.Read(harness.Folder);
        var rates = manifest.Options.TickRates;
        var figures = new RunFigures(rates, new CausalityCounter([.. manifest.Machines.Select(m => m.Ticks)], manifest.Seed));
        var options = VirtualRun.Options(seed: 7, seconds: 120, rates);
        options.Phases = manifest.Options.Phases;
        var live = new VirtualRun(options, figures.Sinks);

        live.Run();

        foreach (var (summary, machine) in figures.Summaries().Zip(analysis.Machines))
        {
            Assert.Equal(machine.Counts.Ticks, summary.Ticks);
            Assert.Equal(machine.Counts.FinalClock, summary.FinalClock);
            AssertClose(machine.ClockRate, summary.ClockRate);
            Assert.Equal(machine.Jumps.Mean, summary.JumpMean, 12);
            Assert.Equal(machine.Jumps.Max, summary.JumpMax);
            AssertClose(machine.Drift.Mean, summary.DriftMean);
            Assert.Equal(machine.Drift.Lowest, summary.DriftLowest);
            Assert.Equal(machine.Queue.MeanOverTicks, summary.QueueMean, 12);
            Assert.Equal(machine.Queue.Max, summary.QueueMax);
            Assert.Equal(machine.Queue.Final, summary.QueueFinal);
            AssertClose(machine.Queue.GrowthPerSecond, summary.QueueGrowth);
            AssertClose(machine.ArrivalRate, summary.ArrivalRate);
            Assert.Equal(machine.ReceivingShare, summary.ReceiveShare, 12);
        }

        var expected = Assert.IsType<CausalityFigures>(analysis.Causality);
        var actual = Assert.IsType<CausalityFigures>(figures.Causality);
        Assert.Equal(expected, actual with { ByPair = expected.ByPair, Reach = expected.Reach });
        Assert.Equal(expected.ByPair, actual.ByPair);
        Assert.Equal(expected.Reach, actual.Reach with { MeanSeconds = expected.Reach.MeanSeconds });
        AssertClose(expected.Reach.MeanSeconds, actual.Reach.MeanSeconds);
    }
}
