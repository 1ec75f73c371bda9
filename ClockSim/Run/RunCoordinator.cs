using System.Runtime;
using ClockSim.Machines;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClockSim.Run;

/// <summary>
/// Starts the run once the whole mesh is connected, lets the tick clock run for the configured
/// duration (or until Ctrl+C / SIGTERM), then ends it in order: no more ticks, every connection
/// delivers what is on the way, and the host stops. It is registered
/// after the machines, so it stops first, while they are still there to be wound down.
/// </summary>
internal sealed partial class RunCoordinator(
    IReadOnlyList<Machine> machines,
    RunPlan plan,
    RunTimeline timeline,
    TickClock clock,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<RunCoordinator> logger) : BackgroundService
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reason = EndReason.Interrupted;
        try
        {
            await Task.WhenAll(machines.Select(m => m.Network.MeshComplete)).WaitAsync(stoppingToken).ConfigureAwait(false);

            // Building the mesh leaves thousands of long-lived socket objects to promote; collect them now,
            // before the clock starts, rather than in full collections that stall the first seconds of the run.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var start = time.GetTimestamp();
            timeline.Start(start);
            LogStarted(logger, machines.Count, plan.Options.DurationSeconds);
            var targets = machines.Select(m => m.TickTarget).ToArray();

            // While the clock runs, full collections happen in the background instead of stopping every
            // thread, the tick clock's included (bench, 128 machines: pauses of 50-150 ms before).
            var latencyMode = GCSettings.LatencyMode;
            GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
            try
            {
                if (await clock.RunAsync(start, plan.Duration, targets, stoppingToken).ConfigureAwait(false))
                {
                    reason = EndReason.Completed;
                }
            }
            finally
            {
                GCSettings.LatencyMode = latencyMode;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C, SIGTERM or another service's fault: the run ends early, and is wound down all the same.
        }
        finally
        {
            // Even after a fault the files must be consistent: end the run properly, then let the host stop.
            await EndRunAsync(reason).ConfigureAwait(false);
            lifetime.StopApplication();
        }
    }

    private async Task EndRunAsync(EndReason reason)
    {
        timeline.End(reason);

        foreach (var machine in machines)
        {
            machine.Network.ExpectClose();
        }

        foreach (var machine in machines)
        {
            machine.Network.CompleteSending();
        }

        await Task.WhenAll(machines.Select(m => m.Network.DrainAsync(DrainTimeout))).ConfigureAwait(false);
        LogEnded(logger, reason, timeline.ElapsedSeconds);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Mesh of {Machines} machines connected; the run starts for {Seconds} s.")]
    private static partial void LogStarted(ILogger logger, int machines, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run ended ({Reason}) after {Seconds:F3} s.")]
    private static partial void LogEnded(ILogger logger, EndReason reason, double seconds);
}
