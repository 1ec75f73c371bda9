using Microsoft.Extensions.Hosting;

namespace ClockSim.Machines;

/// <summary>
/// Hosts one <see cref="Machine"/>: its listener opens on start, and it joins the mesh in the background.
/// Its ticks are then run by the run's tick clock; when the host stops, its sockets close.
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // The coordinator, which stops first, has already delivered what was on the way: nothing is lost here.
        await machine.Network.DisposeAsync().ConfigureAwait(false);
    }
}
