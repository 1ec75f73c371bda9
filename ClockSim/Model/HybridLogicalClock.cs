using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// The hybrid logical clock of Kulkarni, Demirbas et al. ("Logical Physical Clocks and Consistent Snapshots in Globally
/// Distributed Databases", 2014). Its rules are the two functions below, which the machines run and the verdict checks
/// against: a send or local event takes l = max(l, pt), and c + 1 if l did not change, 0 if it did; a receive takes
/// l = max(l, l_m, pt), and c from whichever of the three was largest. It never contradicts happened-before, and l
/// stays within the clocks' largest offset of the physical reading.
/// Its per-event steps are marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class HybridLogicalClock
{
    public HlcTimestamp Value { get; private set; } = HlcTimestamp.BeforeFirstEvent;

    /// <summary>A send or local event at physical reading <paramref name="physicalNs"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HlcTimestamp Local(long physicalNs) => Value = LocalRule(Value, physicalNs);

    /// <summary>A receive of a message stamped <paramref name="carried"/>, at physical reading <paramref name="physicalNs"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HlcTimestamp Receive(HlcTimestamp carried, long physicalNs) => Value = ReceiveRule(Value, carried, physicalNs);

    /// <summary>The value after a send or local event: l = max(l, pt); c + 1 when l is unchanged, otherwise 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HlcTimestamp LocalRule(HlcTimestamp before, long physicalNs)
    {
        var l = Math.Max(before.L, physicalNs);
        return new HlcTimestamp(l, l == before.L ? before.C + 1 : 0);
    }

    /// <summary>
    /// The value after a receive: l = max(l, l_m, pt); c is max(c, c_m) + 1 when l equals both the old l and l_m,
    /// c + 1 when only the old l, c_m + 1 when only l_m, and 0 when the reading alone is the largest.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HlcTimestamp ReceiveRule(HlcTimestamp before, HlcTimestamp carried, long physicalNs)
    {
        var l = Math.Max(Math.Max(before.L, carried.L), physicalNs);
        var c = (l == before.L, l == carried.L) switch
        {
            (true, true) => Math.Max(before.C, carried.C) + 1,
            (true, false) => before.C + 1,
            (false, true) => carried.C + 1,
            _ => 0,
        };
        return new HlcTimestamp(l, c);
    }
}
