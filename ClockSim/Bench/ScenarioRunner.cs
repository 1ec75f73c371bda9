using System.Runtime.ExceptionServices;
using System.Diagnostics;
using ClockSim.Engines.Sockets;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ClockSim.Statistics;
using ClockSim.Hosting;

namespace ClockSim.Bench;

/// <summary>
/// Runs one scenario as a real simulation (sockets, tick clock, CSV logs) in this process, and reads
/// its figures: CPU time and bytes allocated during the run, peak memory, tick lateness from the CSVs, message latency.
/// </summary>
internal static class ScenarioRunner
{
    public static async Task<ScenarioResult> RunAsync(BenchScenario scenario, bool quick)
    {
        var root = Directory.CreateTempSubdirectory("clocksim-bench-");
        try
        {
            // The progress display stays on, as in a run a user starts: its cost is part of the run's.
            var builder = ClockSimHost.CreateBuilder([.. scenario.Arguments(quick, root.FullName)], root.FullName, null, showProgress: true);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            var timeline = host.Services.GetRequiredService<RunTimeline>();
            using var process = Process.GetCurrentProcess();

            await host.StartAsync().ConfigureAwait(false);
            while (!timeline.Started)
            {
                await Task.Delay(1).ConfigureAwait(false);
            }

            process.Refresh();
            var cpuAtStart = process.TotalProcessorTime;
            var gcPauseAtStart = GC.GetTotalPauseDuration();
            var allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
            await host.WaitForShutdownAsync().ConfigureAwait(false);
            if (HostFaults.First(host.Services) is { } fault)
            {
                // A fault of the program is no figure: it ends the scenario as it ends a run, in one line with its details in a file.
                ExceptionDispatchInfo.Throw(fault);
            }

            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuAtStart;
            var gcPause = GC.GetTotalPauseDuration() - gcPauseAtStart;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart;

            var folder = host.Services.GetRequiredService<RunFolder>().Path;
            var engine = host.Services.GetRequiredService<SocketEngine>();
            return Measure(scenario, quick, folder, timeline.ElapsedSeconds, cpu, process.PeakWorkingSet64, engine.Latency) with
            {
                GcPauseMs = gcPause.TotalMilliseconds,
                AllocatedBytes = allocated,
                DelayLineP50Us = engine.DelayLine.Lateness.Quantile(0.50),
                DelayLineP99Us = engine.DelayLine.Lateness.Quantile(0.99),
            };
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static ScenarioResult Measure(
        BenchScenario scenario, bool quick, string folder, double elapsedSeconds, TimeSpan cpu, long peakBytes, LatencyHistogram latency)
    {
        var manifest = RunManifestJson.Read(folder);
        var duration = scenario.DurationSeconds(quick);
        var lateness = new List<double>();
        long expected = 0, ticks = 0, missed = 0, late = 0;
        var worstCountError = 0.0;
        foreach (var machine in manifest.Machines)
        {
            var fidelity = new TickFidelity(machine.TickRate, duration, machine.PhaseMs);
            foreach (var row in EventCsvReader.Events(Path.Combine(folder, machine.EventsFile)))
            {
                fidelity.Add(row.Tick, row.ElapsedMs);
            }

            lateness.AddRange(fidelity.LatenessMs);
            expected += fidelity.Expected;
            ticks += fidelity.Ticks;
            missed += fidelity.Missed;
            late += fidelity.Late;
            worstCountError = Math.Max(worstCountError, Math.Abs(fidelity.CountError));
        }

        lateness.Sort();
        var messages = manifest.Machines.Sum(m => m.Sent);
        return new ScenarioResult
        {
            Name = scenario.Name,
            Machines = scenario.Machines,
            Rates = scenario.RatesText,
            ElapsedSeconds = elapsedSeconds,
            ExpectedTicks = expected,
            Ticks = ticks,
            WorstTickCountError = worstCountError,
            TicksMissed = missed,
            TicksLate = late,
            LatenessP50Ms = NearestRank.Of(lateness, 0.50),
            LatenessP99Ms = NearestRank.Of(lateness, 0.99),
            LatenessMaxMs = lateness.Count == 0 ? double.NaN : lateness[^1],
            Messages = messages,
            MessagesPerSecond = messages / elapsedSeconds,
            LatencyP50Us = latency.Quantile(0.50),
            LatencyP99Us = latency.Quantile(0.99),
            LatencyP999Us = latency.Quantile(0.999),
            CpuPercent = 100 * cpu.TotalSeconds / elapsedSeconds,
            PeakMemoryMb = peakBytes / (1024.0 * 1024.0),
            GcPauseMs = 0,
        };
    }
}
