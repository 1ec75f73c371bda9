using ClockSim.Machines;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.DependencyInjection;

namespace ClockSim.Engines.Virtual;

/// <summary>Registers the virtual engine: one <see cref="VirtualSimulation"/>, whose machines write their CSV logs into the run folder.</summary>
internal static class VirtualEngineServices
{
    public static IServiceCollection AddVirtualEngine(this IServiceCollection services)
    {
        // The loop writes each row itself: handing rows to another thread would cost more than writing them.
        services.AddSingleton(sp =>
        {
            var plan = sp.GetRequiredService<RunPlan>();
            var folder = sp.GetRequiredService<RunFolder>();
            return new VirtualSimulation(plan, sp.GetRequiredService<TimeProvider>(),
                timeline => folder.LogsOf(plan, timeline));
        });
        services.AddSingleton(sp => sp.GetRequiredService<VirtualSimulation>().Timeline);
        services.AddSingleton(sp => sp.GetRequiredService<VirtualSimulation>().Network);
        services.AddSingleton<IReadOnlyList<IEventLog>>(sp => [.. sp.GetRequiredService<VirtualSimulation>().Sinks.Cast<IEventLog>()]);
        services.AddSingleton<IRunEngine>(sp => sp.GetRequiredService<VirtualSimulation>().Engine);
        services.AddSingleton<IReadOnlyList<Machine>>(sp => sp.GetRequiredService<VirtualSimulation>().Engine.Machines);
        return services;
    }
}
