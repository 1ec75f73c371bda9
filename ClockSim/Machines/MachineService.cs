using Microsoft.Extensions.Hosting;

namespace ClockSim.Machines;

/// <summary>Hosts one <see cref="Machine"/>: its listener opens on start, its loop runs in the background.</summary>
internal sealed class MachineService(Machine machine) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Open the port before the loop starts, so a peer never dials a machine that is not listening yet.
        machine.Network.Listen();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => machine.RunAsync(stoppingToken);
}
