using ClockSim.Configuration;
using ClockSim.Display;
using ClockSim.Recording;

namespace ClockSim.Tests.Display;

/// <summary>A socket run whose ticks took far longer than planned says so, in the console and the summary's reading; one that kept time says nothing.</summary>
public sealed class BehindRealTimeTests
{
    private static RunManifest Run(SimulationEngine engine, double plannedSeconds, double tookSeconds, string endReason = "completed") => new()
    {
        FormatVersion = RunRecorder.FormatVersion, Options = new SimulationOptions { Engine = engine, DurationSeconds = plannedSeconds }, TickRatesDrawn = true,
        Seed = 1, StartUtc = null, EndUtc = null, ElapsedSeconds = tookSeconds, EndReason = endReason, Machines = [], InFlight = 0,
    };

    [Fact]
    public void ASocketRunTenTimesLongerThanPlanned_FellBehind()
    {
        Assert.Equal(
            "The machines fell behind real time: their 2 s of ticks took 21.037 s, so they ticked at about 10 % of the rates asked for, and every rate measured "
            + "here is of slower machines than configured; the Virtual engine runs any rate on simulated time (--Simulation:Engine=Virtual).",
            BehindRealTime.Sentence(Run(SimulationEngine.Sockets, 2, 21.037)));
    }

    [Theory]
    [InlineData(60, 60.004)]
    [InlineData(60, 66)]
    [InlineData(60, 12.5)]
    public void ASocketRunThatKeptTimeOrWasStoppedEarly_SaysNothing(double planned, double took) =>
        Assert.Null(BehindRealTime.Sentence(Run(SimulationEngine.Sockets, planned, took, took < planned ? "interrupted" : "completed")));

    [Fact]
    public void AVirtualRun_HasNoRealTimeToFallBehind() => Assert.Null(BehindRealTime.Sentence(Run(SimulationEngine.Virtual, 2, 21)));
}
