using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClockSim.Run;

/// <summary>
/// Starts the run once its engine is ready, lets it run for the configured duration (or until Ctrl+C /
/// SIGTERM), then ends it in order: no more ticks, everything on the way delivered, and the host stops.
/// It is registered after the machines, so it stops first, while they are still there to be wound down.
/// </summary>
internal sealed partial class RunCoordinator(
    IRunEngine engine,
    RunPlan plan,
    RunTimeline timeline,
    IHostApplicationLifetime lifetime,
    ILogger<RunCoordinator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reason = EndReason.Interrupted;
        try
        {
            await engine.WaitUntilReadyAsync(stoppingToken).ConfigureAwait(false);
            var start = engine.Clock.GetTimestamp();
            timeline.Start(start);
            LogStarted(logger, plan.MachineCount, plan.Options.DurationSeconds);
            if (await engine.RunAsync(start, plan.Duration, stoppingToken).ConfigureAwait(false))
            {
                reason = EndReason.Completed;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C, SIGTERM or another service's fault: the run ends early, and is wound down all the same.
        }
        finally
        {
            // Even after a fault the files must be consistent: end the run properly, then let the host stop.
            timeline.End(reason);
            await engine.EndAsync().ConfigureAwait(false);
            LogEnded(logger, reason, timeline.ElapsedSeconds);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Machines} machines ready; the run starts for {Seconds} s.")]
    private static partial void LogStarted(ILogger logger, int machines, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run ended ({Reason}) after {Seconds:F3} s.")]
    private static partial void LogEnded(ILogger logger, EndReason reason, double seconds);
}
