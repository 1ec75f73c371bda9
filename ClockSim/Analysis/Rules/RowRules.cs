using ClockSim.Model;
using static System.FormattableString;
using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// The rules one row must keep given the row before it in the same file: tick numbering, the Lamport
/// update of the clock, the <c>Jump</c> column and the shape of its message columns. Joining a receive to
/// its send is <see cref="MessageLedger"/>'s work.
/// </summary>
internal static class RowRules
{
    /// <param name="previous">The last row of the file that parsed, or null for the first.</param>
    /// <param name="machineId">The machine the file belongs to.</param>
    /// <param name="allPeers">Every machine but <paramref name="machineId"/>: the recipients of its sends to all.</param>
    public static void Check(in MachineEvent row, MachineEvent? previous, int machineId, MachineSet allPeers, FileLine where, Verdict verdict)
    {
        var expectedTick = (previous?.Tick ?? 0) + 1;
        var before = previous?.LogicalClock ?? 0;

        if (row.Machine != machineId)
        {
            verdict.Add(RuleKind.RowFormat, where, Invariant($"Machine is {row.Machine} in the file of machine {machineId}"));
        }

        if (row.Tick != expectedTick)
        {
            verdict.Add(RuleKind.TickNumbering, where, Invariant($"tick {row.Tick} where tick {expectedTick} was due"));
        }

        if (previous is { } last && row.ElapsedMs < last.ElapsedMs)
        {
            verdict.Add(RuleKind.TickNumbering, where, Invariant($"ElapsedMs {row.ElapsedMs} is earlier than the previous tick's {last.ElapsedMs}"));
        }

        if (row.LogicalClock <= before)
        {
            verdict.Add(RuleKind.MonotonicClock, where, Invariant($"the clock went from {before} to {row.LogicalClock}; it must rise on every event"));
        }

        if (row.Jump != row.LogicalClock - before)
        {
            verdict.Add(RuleKind.JumpConsistent, where, Invariant($"Jump is {row.Jump} but the clock went from {before} to {row.LogicalClock}"));
        }

        if (row.Kind == EventKind.Internal)
        {
            CheckLocal(row, before, where, verdict);
            return;
        }

        if (row.Message.IsNone || row.MessageClock is not { } carried)
        {
            verdict.Add(RuleKind.RowFormat, where, $"a {row.Kind} row needs a MessageId and a MessageClock");
            return;
        }

        if (row.Kind == EventKind.Receive)
        {
            CheckReceive(row, before, carried, machineId, where, verdict);
        }
        else
        {
            CheckLocal(row, before, where, verdict);
            CheckSend(row, carried, machineId, allPeers, where, verdict);
        }
    }

    private static void CheckLocal(in MachineEvent row, long before, FileLine where, Verdict verdict)
    {
        if (row.LogicalClock != before + 1)
        {
            verdict.Add(RuleKind.LocalEventRule, where, Invariant($"the {row.Kind} event took the clock from {before} to {row.LogicalClock}, expected {before + 1}"));
        }
    }

    private static void CheckReceive(in MachineEvent row, long before, long carried, int machineId, FileLine where, Verdict verdict)
    {
        var expected = Math.Max(before, carried) + 1;
        if (row.LogicalClock != expected)
        {
            verdict.Add(RuleKind.ReceiveRule, where,
                Invariant($"a receive of clock {carried} took the clock from {before} to {row.LogicalClock}, expected max({before}, {carried}) + 1 = {expected}"));
        }

        if (row.Peers != MachineSet.Of(row.Message.Sender) || row.Message.Sender == machineId)
        {
            verdict.Add(RuleKind.MessageMatch, where, $"message {row.Message} is received from Peer '{row.Peers}', which is not its sender");
        }
    }

    private static void CheckSend(in MachineEvent row, long carried, int machineId, MachineSet allPeers, FileLine where, Verdict verdict)
    {
        if (carried != row.LogicalClock)
        {
            verdict.Add(RuleKind.ClockCondition, where, Invariant($"the send carries clock {carried} but its clock is {row.LogicalClock}"));
        }

        if (row.Message.Sender != machineId)
        {
            verdict.Add(RuleKind.MessageMatch, where, Invariant($"machine {machineId} sends message {row.Message}, whose id names machine {row.Message.Sender}"));
        }

        var peersValid = row.Kind == EventKind.SendAll
            ? row.Peers == allPeers
            : row.Peers.Count == 1 && row.Peers.IsSubsetOf(allPeers);
        if (!peersValid)
        {
            verdict.Add(RuleKind.MessageMatch, where, $"a {row.Kind} is addressed to Peer '{row.Peers}'");
        }
    }
}
