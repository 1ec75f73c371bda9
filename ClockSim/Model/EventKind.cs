namespace ClockSim.Model;

/// <summary>What a machine did on one tick. The names are the values of the CSV's <c>Event</c> column.</summary>
internal enum EventKind
{
    Receive,
    Send,
    SendAll,
    Internal,
}
