using ClockSim.Engines.Sockets.Wire;
using Microsoft.Extensions.Hosting;

namespace ClockSim.Engines.Sockets;

/// <summary>
/// Hosts one machine of the socket engine: its listener opens on start, and it joins the mesh in the
/// background. Its ticks are then run by the engine's tick clock; when the host stops, its sockets close.
/// </summary>
internal sealed class MachineService(MachineNetwork network) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Open the port before the loop starts, so a peer never dials a machine that is not listening yet.
        network.Listen();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => network.ConnectAsync(stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // The coordinator, which stops first, has already delivered what was on the way: nothing is lost here.
        await network.DisposeAsync().ConfigureAwait(false);
    }
}
