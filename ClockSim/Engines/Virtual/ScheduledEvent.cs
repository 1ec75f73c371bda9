using ClockSim.Model;

namespace ClockSim.Engines.Virtual;

/// <summary>A tick of machine <see cref="MachineIndex"/> (when <see cref="Tick"/> is at least 1), or the delivery of <see cref="Message"/> to it.</summary>
internal readonly record struct ScheduledEvent(int MachineIndex, long Tick, Message Message)
{
    public bool IsTick => Tick > 0;
}
