using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClockSim.Hosting;

/// <summary>
/// What stopped a host early: a background service whose work threw stops the host (the hosting default), and the command
/// that ran the host reports it in one line, not the host's log with its stack trace (<see cref="ClockSimHost"/> mutes that).
/// </summary>
internal static class HostFaults
{
    /// <summary>The category of the host's own log, where it would report a faulted service.</summary>
    public const string HostLogCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>The fault of the first background service, in the order they were added, whose work threw; null when none did.</summary>
    public static Exception? First(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Select(service => service.ExecuteTask)
            .FirstOrDefault(task => task is { IsFaulted: true })?.Exception?.InnerException;
}
