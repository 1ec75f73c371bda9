namespace ClockSim.Model;

/// <summary>The action drawn on a tick whose queue is empty.</summary>
internal enum ActionKind
{
    SendToOne,
    SendToAll,
    Internal,
}
