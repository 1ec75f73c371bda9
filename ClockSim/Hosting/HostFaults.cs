using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClockSim.Hosting;

/// <summary>
/// What stopped a host early: a service that threw as it started, or a background service whose work threw (which stops the
/// host, the hosting default). The command that ran the host reports it in one line, not the host's log with its stack trace
/// (<see cref="ClockSimHost"/> mutes that).
/// </summary>
internal static class HostFaults
{
    /// <summary>The category of the host's own log, where it would report a faulted service.</summary>
    public const string HostLogCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>
    /// Runs a simulation's host to its end and returns what stopped it early, if anything. A service that throws as the host
    /// starts stops it too: the services already started are stopped in order, so the recorder still closes its files and
    /// writes the run's manifest, as after a fault in the middle of a run.
    /// </summary>
    /// <returns>The fault of a service's start or of its work; null when the run ended by itself or by Ctrl+C.</returns>
    public static async Task<Exception?> RunToEndAsync(IHost host)
    {
        try
        {
            await host.StartAsync().ConfigureAwait(false);
        }
        catch (Exception fault) when (fault is not OperationCanceledException)
        {
            await host.StopAsync().ConfigureAwait(false);
            return fault;
        }

        await host.WaitForShutdownAsync().ConfigureAwait(false);
        return First(host.Services);
    }

    /// <summary>The fault of the first background service, in the order they were added, whose work threw; null when none did.</summary>
    public static Exception? First(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Select(service => service.ExecuteTask)
            .FirstOrDefault(task => task is { IsFaulted: true })?.Exception?.InnerException;
}
