using System.Runtime.CompilerServices;
using ClockSim.Model;
using static System.FormattableString;
using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// The vector clock rules of one row, given the row before it in the same file: one entry per machine, the own
/// entry equal to the tick number, and every other entry unchanged by an event that is not a receive. A receive's
/// other entries follow from the vector its send carried: <see cref="CheckReceive"/>, once the send is known.
/// </summary>
internal static class VectorRules
{
    public static void CheckRow(in MachineEvent row, MachineEvent? previous, int machineId, int machineCount, FileLine where, Verdict verdict)
    {
        if (row.Vector.IsEmpty)
        {
            return;
        }

        var vector = row.Vector.Span;
        if (vector.Length != machineCount)
        {
            verdict.Add(RuleKind.VectorClockRule, where, Invariant($"the vector clock has {vector.Length} entries in a run of {machineCount} machines"));
            return;
        }

        if (vector[machineId - 1] != row.Tick)
        {
            verdict.Add(RuleKind.VectorClockRule, where, Invariant($"entry {machineId} of the vector clock is {vector[machineId - 1]}, but this is tick {row.Tick}"));
        }

        if (row.Kind == EventKind.Receive)
        {
            return;
        }

        var before = previous.GetValueOrDefault().Vector.Span;
        for (var i = 0; i < vector.Length; i++)
        {
            var was = before.Length == vector.Length ? before[i] : 0;
            if (i != machineId - 1 && vector[i] != was)
            {
                verdict.Add(RuleKind.VectorClockRule, where, Invariant($"a {row.Kind} event changed entry {i + 1} of the vector clock from {was} to {vector[i]}; only a receive may"));
                return;
            }
        }
    }

    /// <summary>A receive's other entries: the element-wise maximum of <paramref name="before"/> (the row before it; empty: all 0) and <paramref name="carried"/>.</summary>
    // A whole vector per event: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void CheckReceive(
        ReadOnlySpan<long> vector, ReadOnlySpan<long> before, ReadOnlySpan<long> carried, int machineId, FileLine where, FileLine sendAt, Verdict verdict)
    {
        // A vector of the wrong length is its own row's violation; there is nothing to compare it with.
        if (carried.Length != vector.Length || (!before.IsEmpty && before.Length != vector.Length))
        {
            return;
        }

        // The own entry is the tick number, which the row's own rule checks.
        for (var i = 0; i < vector.Length; i++)
        {
            if (i == machineId - 1)
            {
                continue;
            }

            var was = before.IsEmpty ? 0 : before[i];
            var expected = Math.Max(was, carried[i]);
            if (vector[i] != expected)
            {
                verdict.Add(RuleKind.VectorReceiveRule, where, Invariant(
                    $"entry {i + 1} of the vector clock is {vector[i]}, expected {expected}: the larger of the row before's {was} and the {carried[i]} its send carried ({sendAt})"));
                return;
            }
        }
    }
}
