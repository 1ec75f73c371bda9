using ClockSim.Model;

namespace ClockSim.Machines;

/// <summary>Where a machine's events go, one per tick, in tick order: a CSV file, or only the figures of a sweep.</summary>
internal interface IEventSink
{
    void Record(in MachineEvent e);
}
