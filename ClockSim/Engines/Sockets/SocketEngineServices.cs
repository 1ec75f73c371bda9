using ClockSim.Machines;
using ClockSim.Network;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClockSim.Engines.Sockets;

/// <summary>Registers the socket engine: the engine, each machine's streaming CSV log, and one hosted service per machine.</summary>
internal static class SocketEngineServices
{
    /// <param name="machineCount">How many machine services to host; the host needs the number before the options are bound.</param>
    public static IServiceCollection AddSocketEngine(this IServiceCollection services, int machineCount)
    {
        // The run's clock is real time.
        services.AddSingleton(sp => new RunTimeline(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RunNetwork>();
        services.AddSingleton<IReadOnlyList<IEventLog>>(sp =>
        {
            var plan = sp.GetRequiredService<RunPlan>();
            var timeline = sp.GetRequiredService<RunTimeline>();
            var folder = sp.GetRequiredService<RunFolder>();
            var flusher = new EventLogFlusher(sp.GetRequiredService<TimeProvider>());
            return [.. folder.LogsOf(plan, timeline).Select(log => new StreamingEventLog(log, flusher))];
        });
        services.TryAddSingleton(SocketEngineOptions.Default);
        services.AddSingleton(sp => new SocketEngine(
            sp.GetRequiredService<RunPlan>(),
            sp.GetRequiredService<RunTimeline>(),
            sp.GetRequiredService<RunNetwork>(),
            sp.GetRequiredService<IReadOnlyList<IEventLog>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<SocketEngineOptions>()));
        services.AddSingleton<IRunEngine>(sp => sp.GetRequiredService<SocketEngine>());
        services.AddSingleton<IReadOnlyList<Machine>>(sp => sp.GetRequiredService<SocketEngine>().Machines);
        for (var index = 0; index < machineCount; index++)
        {
            var machineIndex = index;
            services.AddSingleton<IHostedService>(sp => new MachineService(sp.GetRequiredService<SocketEngine>().Networks[machineIndex]));
        }

        return services;
    }
}
