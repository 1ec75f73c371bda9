using System.Text.Json;
using ClockSim.Bench;

namespace ClockSim.Tests.Bench;

public sealed class BenchChildTests
{
    [Fact]
    public void Json_AScenarioThatHeldNoDelayedMessage_TravelsWithItsNaNFiguresIntact()
    {
        var result = new ScenarioResult
        {
            Name = "default-1-3-6", Machines = 3, Rates = "1, 3, 6 /s", ElapsedSeconds = 60, ExpectedTicks = 600, Ticks = 600,
            WorstTickCountError = 0, TicksMissed = 0, TicksLate = 0, LatenessP50Ms = 0.1, LatenessP99Ms = 1, LatenessMaxMs = 2,
            Messages = 180, MessagesPerSecond = 3, LatencyP50Us = 200, LatencyP99Us = double.PositiveInfinity, LatencyP999Us = 900,
            CpuPercent = 1.5, PeakMemoryMb = 58, GcPauseMs = 0,
        };

        var text = JsonSerializer.Serialize(result, BenchJson.Default.ScenarioResult);
        var back = JsonSerializer.Deserialize(text, BenchJson.Default.ScenarioResult)!;

        Assert.Contains("\"delayLineP99Us\": \"NaN\"", text, StringComparison.Ordinal);
        Assert.True(double.IsNaN(back.DelayLineP99Us));
        Assert.Equal(double.PositiveInfinity, back.LatencyP99Us);
        Assert.Equal(result with { DelayLineP50Us = 0, DelayLineP99Us = 0 }, back with { DelayLineP50Us = 0, DelayLineP99Us = 0 });
    }
}
