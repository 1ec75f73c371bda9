using ClockSim.Configuration;
using ClockSim.Display;
using ClockSim.Recording;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Display;

public sealed class RunSummaryTests
{
    [Fact]
    public void Write_EightyColumns_FitsAndNamesMachinesAsTheAnalysisDoes()
    {
        var console = new TestConsole(TestConsole.Narrow);

        RunSummary.Write(console.Console, Manifest(10000, 10000, 1), "runs/x");

        console.AssertFits();
        Assert.Contains("M1 (10000 ticks/s)", console.Output, StringComparison.Ordinal);
        Assert.Contains("M3 (1 tick/s)", console.Output, StringComparison.Ordinal);
        Assert.Matches(@"│\s+Send │ SendAll │", console.Output);
    }

    private static RunManifest Manifest(params double[] rates) => new()
    {
        FormatVersion = "1",
        Options = new SimulationOptions { TickRates = rates },
        TickRatesDrawn = false,
        Seed = 1,
        StartUtc = null,
        EndUtc = null,
        ElapsedSeconds = 60,
        EndReason = "completed",
        Machines = [.. rates.Select((rate, i) => new MachineManifest
        {
            Id = i + 1, TickRate = rate, Port = 1, Ticks = 600_000, Sent = 123_456, SendEvents = 99_999, SendAllEvents = 11_111, Received = 12_345,
            Internal = 476_545, LeftInQueue = 1, FinalClock = 999_999, MaxJump = 9, MaxQueue = 99, EventsFile = $"machine-{i + 1}.csv",
        })],
        InFlight = 0,
    };
}
