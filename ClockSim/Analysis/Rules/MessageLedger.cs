using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// Joins receive rows to send rows by <c>MessageId</c> once every file is read (a receive may come from a
/// file read later), checking the clock condition and that each receive matches exactly one send addressed
/// to its machine, and measuring each message's delay.
/// </summary>
internal sealed class MessageLedger
{
    private readonly Dictionary<MessageKey, Send> _sends = [];
    private readonly List<Receive> _receives = [];

    /// <summary>
    /// Records a send or send-to-all row, at <paramref name="where"/>; a second send with the same id is a violation. The
    /// ledger keeps the row's vector: the reader's own, which no machine changes.
    /// </summary>
    public void AddSend(in MachineEvent row, FileLine where, Verdict verdict)
    {
        ref var send = ref CollectionsMarshal.GetValueRefOrAddDefault(_sends, row.Message, out var exists);
        if (exists)
        {
            verdict.Add(RuleKind.MessageMatch, where, $"message {row.Message} was already sent at {new FileLine(send.File, send.Line)}");
            return;
        }

        send = new Send(where.File, where.Line, row.ElapsedMs, row.LogicalClock, row.MessageClock ?? 0, row.Kind, row.Peers, row.Vector, row.PhysicalNs, row.Hlc);
    }

    /// <summary>Records a receive row, at <paramref name="where"/>; <paramref name="rowIndex"/> counts the receiver's rows up to and including it.</summary>
    /// <param name="before">The receiver's row before it; the empty event (no vector, no HLC) for its first row.</param>
    public void AddReceive(in MachineEvent row, int rowIndex, FileLine where, in MachineEvent before) =>
        _receives.Add(new Receive(where.File, where.Line, row.Machine, rowIndex, row.ElapsedMs, row.LogicalClock, row.MessageClock ?? 0, row.Message, row.Vector,
            before.Vector, row.PhysicalNs, row.Hlc, before.Hlc));

    /// <summary>Checks every receive against its send and returns the delays, one <see cref="DelaySamples"/> per machine.</summary>
    /// <param name="timelines">The machines' timelines, machine i at index i − 1, to count the receiver's ticks.</param>
    /// <param name="clocks">Takes each message's send and receive as the machines' own clocks stamped them; null without physical clocks.</param>
    public IReadOnlyList<DelaySamples> Join(IReadOnlyList<MachineTimeline> timelines, Verdict verdict, ClockComparison? clocks)
    {
        var delays = timelines.Select(_ => new DelaySamples()).ToArray();
        foreach (var receive in _receives)
        {
            var where = new FileLine(receive.File, receive.Line);
            ref var send = ref CollectionsMarshal.GetValueRefOrNullRef(_sends, receive.Message);
            if (Unsafe.IsNullRef(ref send))
            {
                verdict.Add(RuleKind.MessageMatch, where, $"message {receive.Message} is received but never sent");
                continue;
            }

            if (!send.Recipients.Contains(receive.Machine))
            {
                verdict.Add(RuleKind.MessageMatch, where,
                    $"machine {Number(receive.Machine)} received message {receive.Message}, a {send.Kind} to '{send.Recipients}' ({new FileLine(send.File, send.Line)})");
            }
            else if (!send.ReceivedBy.Add(receive.Machine))
            {
                verdict.Add(RuleKind.MessageMatch, where, $"message {receive.Message} is received a second time by machine {Number(receive.Machine)}");
                continue;
            }

            CheckClocks(receive, send, where, verdict);
            if (!receive.Vector.IsEmpty && !send.Vector.IsEmpty)
            {
                VectorRules.CheckReceive(
                    receive.Vector.Span, receive.VectorBefore.Span, send.Vector.Span, receive.Machine, where, new FileLine(send.File, send.Line), verdict);
            }

            if (receive.Hlc is { } hlc && receive.PhysicalNs is { } physical && send.Hlc is { } sentHlc && send.PhysicalNs is { } sentPhysical)
            {
                HlcRules.CheckReceive(hlc, receive.HlcBefore, sentHlc, physical, where, new FileLine(send.File, send.Line), verdict);
                clocks?.Message(sentPhysical, physical);
            }

            if (receive.Machine >= 1 && receive.Machine <= timelines.Count)
            {
                var ticksBefore = timelines[receive.Machine - 1].RowsAtOrBefore(send.ElapsedMs);
                delays[receive.Machine - 1].Add(receive.ElapsedMs, receive.ElapsedMs - send.ElapsedMs, receive.RowIndex - ticksBefore);
            }
        }

        return delays;
    }

    private static void CheckClocks(in Receive receive, in Send send, FileLine where, Verdict verdict)
    {
        if (receive.Clock <= send.Clock)
        {
            verdict.Add(RuleKind.ClockCondition, where,
                $"the receive of {receive.Message} has clock {Number(receive.Clock)}, not above its send's {Number(send.Clock)} ({new FileLine(send.File, send.Line)})");
        }

        if (receive.Carried != send.Carried)
        {
            verdict.Add(RuleKind.ClockCondition, where,
                $"the receive of {receive.Message} carries clock {Number(receive.Carried)}, but the send carried {Number(send.Carried)} ({new FileLine(send.File, send.Line)})");
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private record struct Send(
        string File, int Line, double ElapsedMs, long Clock, long Carried, EventKind Kind, MachineSet Recipients, ReadOnlyMemory<long> Vector, long? PhysicalNs,
        HlcTimestamp? Hlc)
    {
        /// <summary>A field, not a property: it is updated in place, through a reference to the ledger's entry.</summary>
        public Receivers ReceivedBy;
    }

    /// <summary>Every (message, recipient) sent and not received, once every receive has been joined to its send.</summary>
    public IEnumerable<(MessageKey Message, int Recipient)> Unreceived()
    {
        foreach (var (key, send) in _sends)
        {
            foreach (var recipient in send.Recipients)
            {
                if (!send.ReceivedBy.Contains(recipient))
                {
                    yield return (key, recipient);
                }
            }
        }
    }

    /// <summary>The machines that took a message so far: the first kept inline (a send has one), more in a set (a send to all).</summary>
    private struct Receivers
    {
        private int _first;
        private HashSet<int>? _others;

        public readonly bool Contains(int machine) => machine == _first || (_others?.Contains(machine) ?? false);

        /// <summary>Adds <paramref name="machine"/>; false when it had taken the message already.</summary>
        public bool Add(int machine)
        {
            if (_first == 0)
            {
                _first = machine;
                return true;
            }

            return machine != _first && (_others ??= []).Add(machine);
        }
    }

    private readonly record struct Receive(
        string File, int Line, int Machine, int RowIndex, double ElapsedMs, long Clock, long Carried, MessageKey Message, ReadOnlyMemory<long> Vector,
        ReadOnlyMemory<long> VectorBefore,
        long? PhysicalNs, HlcTimestamp? Hlc, HlcTimestamp? HlcBefore);
}
