namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// Where each machine of the run listens. A machine publishes its ephemeral port once its listener is
/// open; a machine that dials waits here until the port it needs exists.
/// </summary>
internal sealed class PeerDirectory
{
    private readonly TaskCompletionSource<int>[] _ports;

    public PeerDirectory(int machineCount)
    {
        _ports = new TaskCompletionSource<int>[machineCount];
        for (var i = 0; i < machineCount; i++)
        {
            _ports[i] = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Publish(int machineId, int port) => _ports[machineId - 1].SetResult(port);

    public Task<int> GetPortAsync(int machineId, CancellationToken cancellationToken) =>
        _ports[machineId - 1].Task.WaitAsync(cancellationToken);
}
