using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// A Lamport logical clock: every local event adds one, and a receive first catches up with the
/// clock the message carries, so that a receive is always later than its send.
/// Its per-event steps are marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class LamportClock
{
    public long Value { get; private set; }

    /// <summary>A local event (internal or send): the clock advances by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Increment() => ++Value;

    /// <summary>A receive: the clock becomes max(local, carried) + 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Receive(long carried)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(carried);
        Value = Math.Max(Value, carried) + 1;
        return Value;
    }
}
