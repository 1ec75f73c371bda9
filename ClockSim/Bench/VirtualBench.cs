using System.Diagnostics;
using System.Text;
using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Report;
using ClockSim.Configuration;
using ClockSim.Engines.Virtual;
using ClockSim.Recording;
using ClockSim.Run;
using Spectre.Console;
using static System.FormattableString;
using ClockSim.Application;

namespace ClockSim.Bench;

/// <summary>
/// The virtual engine's benchmark: each scenario in a fresh child process, either the engine alone on one thread with
/// its events written to CSVs or kept only as figures (events per second), or the whole <c>run</c> command measured from
/// outside (how many times faster than real time, peak memory).
/// </summary>
internal static class VirtualBench
{
    public static readonly IReadOnlyList<VirtualBenchScenario> All =
    [
        new("virtual-16x1000-csv", "16 machines × 1000 ticks/s, CSVs written: events per second", Same(16, 1000), 600, 60, VirtualSink.Csv, 2_000_000),
        new("virtual-16x1000-figures", "The same, figures only (as a sweep keeps them), one core", Same(16, 1000), 600, 60, VirtualSink.Figures, 10_000_000),
        new("virtual-16x100-whole", "16 × 100 ticks/s for 600 s, analysis included: times faster than real time", Same(16, 100), 600, 60, VirtualSink.WholeProcess, 150, MaxPeakMemoryMb: 150),
        new("virtual-default-whole", "The default run (rates 1, 3, 6; 60 s) as the user runs it", [1, 3, 6], 60, 60, VirtualSink.WholeProcess, 1),
        new("virtual-1000x1-whole", "1000 machines × 1 tick/s for 10 s, analysis included", Same(1000, 1), 10, 10, VirtualSink.WholeProcess, 1, MaxPeakMemoryMb: 200,
            MaxWallSeconds: 2),
    ];


    public static VirtualBenchScenario? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>Runs every scenario, each in a child process, and returns their figures.</summary>
    public static async Task<IReadOnlyList<VirtualBenchResult>> RunAllAsync(IAnsiConsole console, bool quick)
    {
        var results = new List<VirtualBenchResult>();
        foreach (var scenario in All)
        {
            console.MarkupLineInterpolated($"[grey]{scenario.Name}[/]: {scenario.Purpose} ({scenario.DurationSeconds(quick)} simulated s)…");
            results.Add(await RunInChildProcessAsync(scenario, quick).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>In the child process: runs the scenario and writes its figures on one line of stdout.</summary>
    public static async Task<int> RunChildAsync(VirtualBenchScenario scenario, bool quick)
    {
        var result = scenario.Sink == VirtualSink.WholeProcess ? await WholeProcessAsync(scenario, quick).ConfigureAwait(false) : RunAlone(scenario, quick);
        return BenchChild.Report(result, BenchJson.Default.VirtualBenchResult);
    }

    /// <summary>The benchmark's section of <c>results.md</c>, with its targets.</summary>
    public static string Markdown(IReadOnlyList<VirtualBenchResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine("## The virtual engine").AppendLine();
        text.AppendLine("Each scenario in a fresh process. *Alone*: the engine on one thread, from the first event to the last file closed, its events");
        text.AppendLine("written to the machines' CSVs or kept only as each machine's figures (as a sweep keeps them). *Whole process*: the `run` command");
        text.AppendLine("with `--Simulation:Engine=Virtual` (the run, its summary, the analysis, the report, the ShiViz log), timed and measured from outside,");
        text.AppendLine("from the runtime's start to its exit. *Faster than real time* is the simulated seconds over the wall seconds. *Allocated* is what the run");
        text.AppendLine("alone allocated on the managed heap (the runtime's count), per event: the engine, the machines and their sinks.").AppendLine();
        text.Append(MarkdownTable.Render(
            ["Scenario", "Rates", "Measured", "Events", "Simulated s", "Wall s", "Events/s", "Faster than real time", "CPU s", "Allocated B/event", "Peak MB"],
            results.Select(r => (IReadOnlyList<string>)[r.Name, r.Rates, r.Sink == VirtualSink.WholeProcess ? "whole process" : "alone, " + (r.Sink == VirtualSink.Csv ? "CSVs" : "figures"),
                Invariant($"{r.Events}"), Invariant($"{r.SimulatedSeconds:0}"), Invariant($"{r.WallSeconds:0.00}"), Invariant($"{r.EventsPerSecond:N0}"), Invariant($"{r.SpeedUp:N0}×"), Invariant($"{r.CpuSeconds:0.00}"),
                r.AllocatedBytesPerEvent is { } perEvent ? Invariant($"{perEvent:0.0}") : "—", Invariant($"{r.PeakMemoryMb:0.0}")])));
        text.AppendLine().AppendLine("### Virtual engine targets").AppendLine();
        text.Append(MarkdownTable.Render(["Target", "Measured", "Verdict"], results.SelectMany(Targets)
            .Select(t => (IReadOnlyList<string>)[t.Description, t.Measured, t.Met ? "met" : "missed"])));
        return text.ToString();
    }

    private static IEnumerable<(string Description, string Measured, bool Met)> Targets(VirtualBenchResult r)
    {
        var scenario = Find(r.Name)!;
        yield return scenario.Sink == VirtualSink.WholeProcess
            ? (Invariant($"{scenario.Name}: at least {scenario.Target}× faster than real time"), Invariant($"{r.SpeedUp:N1}×"), r.SpeedUp >= scenario.Target)
            : (Invariant($"{scenario.Name}: at least {scenario.Target:N0} events/s"), Invariant($"{r.EventsPerSecond:N0} events/s"), r.EventsPerSecond >= scenario.Target);
        if (scenario.MaxWallSeconds is { } wall)
        {
            yield return (Invariant($"{scenario.Name}: at most {wall} s"), Invariant($"{r.WallSeconds:0.00} s"), r.WallSeconds <= wall);
        }

        if (scenario.MaxPeakMemoryMb is { } peak)
        {
            yield return (Invariant($"{scenario.Name}: peak at most {peak} MB"), Invariant($"{r.PeakMemoryMb:0.0} MB"), r.PeakMemoryMb <= peak);
        }
    }

    private static async Task<VirtualBenchResult> RunInChildProcessAsync(VirtualBenchScenario scenario, bool quick) =>
        (await BenchChild.RunAsync(
            new[] { "bench", BenchCommand.ScenarioOption, scenario.Name }.Concat(quick ? ["--quick"] : []), BenchJson.Default.VirtualBenchResult, $"bench scenario {scenario.Name}").ConfigureAwait(false)).Result;

    /// <summary>The engine alone, on this thread: its events to CSV files in a temporary folder, or to figures only.</summary>
    private static VirtualBenchResult RunAlone(VirtualBenchScenario scenario, bool quick)
    {
        var seconds = scenario.DurationSeconds(quick);
        var root = Directory.CreateTempSubdirectory("clocksim-bench-");
        try
        {
            var options = new SimulationOptions
            {
                Engine = SimulationEngine.Virtual, Machines = scenario.Rates.Count, TickRates = [.. scenario.Rates], DurationSeconds = seconds, Seed = 2026,
            };
            var plan = RunPlan.Create(options);
            var folder = new RunFolder(root.FullName);
            var logs = Array.Empty<CsvEventLog>();
            var simulation = new VirtualSimulation(plan, TimeProvider.System, timeline =>
            {
                if (scenario.Sink != VirtualSink.Csv)
                {
                    return new RunFigures(plan.TickRates).Sinks;
                }

                logs = folder.LogsOf(plan, timeline);
                return logs;
            });
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            foreach (var log in logs)
            {
                log.Open();
            }

            simulation.Run();
            foreach (var log in logs)
            {
                log.CompleteAsync().GetAwaiter().GetResult();
            }

            wall.Stop();
            process.Refresh();
            return new VirtualBenchResult(scenario.Name, scenario.RatesText, scenario.Sink, simulation.Engine.Machines.Sum(m => m.Stats.Ticks), seconds,
                wall.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds, process.PeakWorkingSet64 / (1024.0 * 1024.0),
                GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task<VirtualBenchResult> WholeProcessAsync(VirtualBenchScenario scenario, bool quick)
    {
        var whole = await WholeProcessRunner.RunAsync(scenario.AsRun(), quick, nativeProgram: null).ConfigureAwait(false);
        if (whole.ExitCode != ExitCodes.Success)
        {
            throw new InvalidOperationException($"{whole.Command} exited with {whole.ExitCode}.");
        }

        var seconds = scenario.DurationSeconds(quick);
        var events = (long)scenario.Rates.Sum(rate => Math.Floor(rate * seconds));
        return new VirtualBenchResult(scenario.Name, scenario.RatesText, scenario.Sink, events, seconds, whole.WallSeconds, whole.CpuSeconds, whole.PeakMemoryMb);
    }

    private static double[] Same(int machines, double rate) => [.. Enumerable.Repeat(rate, machines)];

}
