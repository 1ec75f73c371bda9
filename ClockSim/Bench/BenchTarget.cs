using System.Globalization;

namespace ClockSim.Bench;

/// <summary>A published target: the scenario it applies to, the figure measured there, and whether it was met.</summary>
/// <param name="OfNative">A target of the native executable, judged only where the bench found one.</param>
internal sealed record BenchTarget(string Description, string Scenario, Func<ScenarioResult, double> Figure, string Unit, double Limit, bool AtMost = true, bool OfNative = false)
{
    public static readonly IReadOnlyList<BenchTarget> All =
    [
        new("every machine within ±1 tick of rate × elapsed", "default-1-3-6", r => r.WorstTickCountError, "ticks", 1),
        new("tick lateness p99 ≤ 5 ms at 1–6 ticks/s", "default-1-3-6", r => r.LatenessP99Ms, "ms", 5),
        new("tick lateness p99 ≤ 5 ms at 100 ticks/s", "3x100", r => r.LatenessP99Ms, "ms", 5),
        new("tick lateness p99 ≤ 1.5 ms at 1000 ticks/s", "3x1000", r => r.LatenessP99Ms, "ms", 1.5),
        new("message latency p50 ≤ 100 µs (3 machines)", "3x100", r => r.LatencyP50Us, "µs", 100),
        new("message latency p99 ≤ 1 ms (3 machines)", "3x100", r => r.LatencyP99Us, "µs", 1000),
        new("128 × 100 ticks/s: under 0.5 % ticks missed", "128x100", r => r.TicksMissedPercent, "%", 0.5),
        new("16 × 1000 ticks/s: no tick missed", "16x1000", r => r.TicksMissed, "ticks", 0),
        new("128 × 100 ticks/s: ≤ 0.5 % of ticks later than one period", "128x100", r => r.TicksLatePercent, "%", 0.5),
        new("128 × 100 ticks/s: tick lateness p99 ≤ 5 ms", "128x100", r => r.LatenessP99Ms, "ms", 5),
        new("128 × 100 ticks/s: peak ≤ 160 MB", "128x100", r => r.PeakMemoryMb, "MB", 160),
        new("16 × 1000 ticks/s: ≤ 0.5 % of ticks later than one period", "16x1000", r => r.TicksLatePercent, "%", 0.5),
        new("default run under 2 % of one core", "default-1-3-6", r => r.CpuPercent, "%", 2),
        new("default run under 64 MB peak memory", "default-1-3-6", r => r.PeakMemoryMb, "MB", 64),
        new("whole default run (run + analysis + report) under 64 MB peak", "default-1-3-6", r => r.WholeProcess?.PeakMemoryMb ?? double.NaN, "MB", 64),
        new("native whole default run ≤ 0.15 s of CPU", "default-1-3-6", r => r.NativeProcess?.CpuSeconds ?? double.NaN, "s", 0.15, OfNative: true),
        new("native whole default run ≤ 32 MB peak", "default-1-3-6", r => r.NativeProcess?.PeakMemoryMb ?? double.NaN, "MB", 32, OfNative: true),
        new("native run started ≤ 50 ms after the process starts", "default-1-3-6", r => r.NativeProcess?.StartMs ?? double.NaN, "ms", 50, OfNative: true),
        new("delay line: held messages released within 1 ms (p99)", BenchScenarios.DelayLineScenario, r => r.DelayLineP99Us, "µs", 1000),
    ];

    public bool IsMet(ScenarioResult result) => AtMost ? Figure(result) <= Limit : Figure(result) >= Limit;

    public string Measured(ScenarioResult result) => Figure(result).ToString("0.###", CultureInfo.InvariantCulture) + " " + Unit;
}
