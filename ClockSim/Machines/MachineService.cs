using Microsoft.Extensions.Hosting;

namespace ClockSim.Machines;

/// <summary>
/// Hosts one <see cref="Machine"/>: its listener opens on start, and it joins the mesh in the background.
/// Its ticks are then run by the run's tick clock; on stop the host disposes it, closing its sockets.
/// </summary>
internal sealed class MachineService(Machine machine) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Open the port before the loop starts, so a peer never dials a machine that is not listening yet.
        machine.Network.Listen();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => machine.Network.ConnectAsync(stoppingToken);
}
