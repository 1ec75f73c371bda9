using ClockSim.Machines;
using ClockSim.Network;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.DependencyInjection;

namespace ClockSim.Engines.Virtual;

/// <summary>Registers the virtual engine: its clock, the run's timeline on that clock, the engine and each machine's CSV log.</summary>
internal static class VirtualEngineServices
{
    public static IServiceCollection AddVirtualEngine(this IServiceCollection services)
    {
        services.AddSingleton<VirtualClock>();
        services.AddSingleton(sp => new RunTimeline(sp.GetRequiredService<VirtualClock>(), sp.GetRequiredService<TimeProvider>()));

        // The loop writes each row itself: handing rows to another thread would cost more than writing them.
        services.AddSingleton<IReadOnlyList<IEventLog>>(sp =>
        {
            var plan = sp.GetRequiredService<RunPlan>();
            var timeline = sp.GetRequiredService<RunTimeline>();
            return [.. Enumerable.Range(1, plan.MachineCount).Select(id => new CsvEventLog(id, plan.MachineCount, plan.Folder, timeline))];
        });
        services.AddSingleton(sp => new VirtualEngine(
            sp.GetRequiredService<RunPlan>(),
            sp.GetRequiredService<VirtualClock>(),
            sp.GetRequiredService<RunTimeline>(),
            sp.GetRequiredService<RunNetwork>(),
            sp.GetRequiredService<IReadOnlyList<IEventLog>>()));
        services.AddSingleton<IRunEngine>(sp => sp.GetRequiredService<VirtualEngine>());
        services.AddSingleton<IReadOnlyList<Machine>>(sp => sp.GetRequiredService<VirtualEngine>().Machines);
        return services;
    }
}
