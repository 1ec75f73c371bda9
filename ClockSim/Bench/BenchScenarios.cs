namespace ClockSim.Bench;

/// <summary>The fixed set of scenarios, so figures from different days and machines compare.</summary>
internal static class BenchScenarios
{
    public static readonly IReadOnlyList<BenchScenario> All =
    [
        new("default-1-3-6", "Tick fidelity at the classic rates; the cost of a default run", [1, 3, 6], 60, 10, WholeProcess: true),
        new("3x100", "Tick fidelity and message latency at 100 ticks/s", Same(3, 100), 30, 5),
        new("3x1000", "Tick fidelity at 1000 ticks/s", Same(3, 1000), 30, 5),
        new("16x100", "Scale: 16-machine mesh", Same(16, 100), 20, 3),
        new("64x100", "Scale: 64-machine mesh", Same(64, 100), 20, 3),
        new("128x100", "Scale: 128-machine mesh, 8,128 connections", Same(128, 100), 20, 3),
        new("16x1000", "Scale: 16 machines at 1000 ticks/s", Same(16, 1000), 20, 3),
        new(DelayLineScenario, "The delay line: every message held 20 ms", Same(3, 100), 30, 5,
            Settings: ["--Simulation:Network:Delay:Distribution=Constant", "--Simulation:Network:Delay:MeanMs=20"]),
    ];

    /// <summary>The scenario whose messages the socket engine's delay line holds.</summary>
    public const string DelayLineScenario = "3x100-delay20";

    public static BenchScenario? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    private static double[] Same(int machines, double rate) => [.. Enumerable.Repeat(rate, machines)];
}
