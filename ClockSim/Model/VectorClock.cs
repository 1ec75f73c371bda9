using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClockSim.Model;

/// <summary>
/// A vector clock: one entry per machine, in machine-id order. On every event the owner's entry goes up by one,
/// so it always equals the owner's tick number; a receive first takes the element-wise maximum with the vector the
/// message carries. Unlike a Lamport clock, it orders two events exactly when one could have affected the other.
/// Its per-event steps are marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class VectorClock
{
    private readonly long[] _entries;
    private readonly int _own;

    /// <param name="ownerId">The owning machine's id, from 1.</param>
    public VectorClock(int machineCount, int ownerId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ownerId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ownerId, machineCount);
        _entries = new long[machineCount];
        _own = ownerId - 1;
    }

    /// <summary>The live entries: they change with the next event; copy them to keep them.</summary>
    public ReadOnlyMemory<long> Entries => _entries;

    /// <summary>A local event (internal or send): the owner's entry advances by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment() => _entries[_own]++;

    /// <summary>A receive: every entry becomes the larger of its own and the carried one, then the owner's advances by one.</summary>
    // A whole vector per event, inlined into a machine's receive and so into the virtual engine's optimised steps (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Receive(ReadOnlySpan<long> carried)
    {
        if (carried.Length != _entries.Length)
        {
            ThrowLengthMismatch(carried.Length);
        }

        // The owner's entry is worked out before the maximum and written after it: read back just after the wide stores
        // of the loop, it would wait for them to land.
        var own = Math.Max(_entries[_own], carried[_own]) + 1;

        // Element-wise maximum, several entries per instruction where the processor can; the lengths are checked above,
        // so the loop reads through references rather than slicing a span (and checking its bounds) at every step.
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref var other = ref MemoryMarshal.GetReference(carried);
        var length = (nuint)_entries.Length;
        nuint i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + (nuint)Vector<long>.Count <= length; i += (nuint)Vector<long>.Count)
            {
                Vector.Max(Vector.LoadUnsafe(ref entries, i), Vector.LoadUnsafe(ref other, i)).StoreUnsafe(ref entries, i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref entries, i) = Math.Max(Unsafe.Add(ref entries, i), Unsafe.Add(ref other, i));
        }

        _entries[_own] = own;
    }

    /// <summary>Kept out of <see cref="Receive"/>, so that it stays small enough to inline and needs no frame for the message.</summary>
    private void ThrowLengthMismatch(int carried) =>
        throw new ArgumentException($"A vector of {carried} entries reached a clock of {_entries.Length}.", nameof(carried));
}
