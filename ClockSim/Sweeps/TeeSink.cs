using ClockSim.Machines;
using ClockSim.Model;

namespace ClockSim.Sweeps;

/// <summary>Hands each event to two sinks: a kept run's CSV log and the sweep's figures.</summary>
internal sealed class TeeSink(IEventSink first, IEventSink second) : IEventSink
{
    public void Record(in MachineEvent e)
    {
        first.Record(e);
        second.Record(e);
    }
}
