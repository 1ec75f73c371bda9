using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClockSim.Model;

/// <summary>
/// The copies of vector clocks that sent messages carry, made once per send and shared by all its recipients, and
/// reused once the last of them has read it, so that a long run does not allocate one per send. Each copy counts
/// the recipients yet to read it in one entry past the vector. A copy some recipient never reads (a message lost,
/// dropped, still on its way or queued when the run ends, or copied out of the virtual engine's slots) is simply never
/// reused. For one thread: the virtual engine's, where every send and every receive of a run happen, and whose message
/// slots report the reads of each message at once when it leaves its slot, or one socket machine's tick thread, where its
/// sends happen and its transport is done with each copy before the send returns.
/// Its per-message test of a copy is marked for inlining: the build runs without the runtime's profile-guided optimisation
/// (ClockSim.csproj), which would otherwise have found it hot and inlined it itself.
/// </summary>
internal sealed class VectorSnapshots(int machineCount)
{
    private readonly Stack<long[]> _free = new();

    /// <summary>A copy of <paramref name="vector"/> that <paramref name="readers"/> recipients will read, and report through <see cref="Read"/>.</summary>
    // Every event of a virtual run, inlined into its optimised steps; shared with the socket engine (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlyMemory<long> Copy(ReadOnlySpan<long> vector, int readers)
    {
        if (vector.Length != machineCount)
        {
            throw new ArgumentException($"A vector of {vector.Length} entries in a run of {machineCount} machines.", nameof(vector));
        }

        var copy = _free.TryPop(out var reused) ? reused : new long[machineCount + 1];
        vector.CopyTo(copy);
        copy[machineCount] = readers;
        return new ReadOnlyMemory<long>(copy, 0, machineCount);
    }

    /// <summary>
    /// Every recipient is done with <paramref name="vector"/> at once, as when the transport has written it to the wire:
    /// its array is reused. A vector that is not one of these copies is left alone.
    /// </summary>
    public void Release(ReadOnlyMemory<long> vector)
    {
        if (IsCopy(vector, out var copy))
        {
            _free.Push(copy);
        }
    }

    /// <summary>
    /// <paramref name="readers"/> of its recipients have read <paramref name="vector"/> and keep nothing of it; after the last,
    /// its array is reused. A vector that is not one of these copies (a message made elsewhere, as tests make them) is left alone.
    /// </summary>
    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Read(ReadOnlyMemory<long> vector, int readers)
    {
        if (IsCopy(vector, out var copy) && (copy[machineCount] -= readers) == 0)
        {
            _free.Push(copy);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsCopy(ReadOnlyMemory<long> vector, out long[] copy)
    {
        copy = [];
        if (MemoryMarshal.TryGetArray(vector, out var segment) && segment is { Array: { } array, Offset: 0 }
            && array.Length == machineCount + 1 && segment.Count == machineCount)
        {
            copy = array;
            return true;
        }

        return false;
    }
}
