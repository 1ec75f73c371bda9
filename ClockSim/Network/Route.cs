using ClockSim.Run;
namespace ClockSim.Network;

/// <summary>
/// What the network does with one message: drop it (and why), or carry it for <see cref="DelayNanoseconds"/>
/// (<see langword="null"/>: the engine's own network decides, as with no conditions at all).
/// </summary>
internal readonly record struct Route(UndeliveredReason? Dropped, long? DelayNanoseconds)
{
    public static Route Drop(UndeliveredReason reason) => new(reason, null);

    public static Route Carry(long? delayNanoseconds) => new(null, delayNanoseconds);
}
