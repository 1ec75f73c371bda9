using ClockSim.Configuration;

namespace ClockSim.Tests.Engines.Virtual;

public sealed class TickCountTests
{
    [Theory]
    [InlineData(11, 7.5, new[] { 1.0, 4, 6 })]
    [InlineData(12, 3.001, new[] { 2.5, 1000, 0.37, 6 })]
    [InlineData(13, 0.5, new[] { 1.0, 3 })]
    public void EveryMachine_TicksAsOftenAsItsTickPlanCounts(int seed, double seconds, double[] rates)
    {
        var options = VirtualRun.Options(seed, seconds, rates);
        options.Phases = StartPhases.Random;
        var run = new VirtualRun(options);

        Assert.True(run.Run());

        Assert.Equal(run.Plan.PlannedTicks(), run.Engine.Machines.Select(m => m.Stats.Ticks));
        Assert.Contains(run.Plan.PhaseNanoseconds, phase => phase > 0);
    }
}
