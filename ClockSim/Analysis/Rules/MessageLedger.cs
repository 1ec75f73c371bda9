using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// Joins receive rows to send rows by <c>MessageId</c>, checking the clock condition and that each receive matches exactly
/// one send addressed to its machine, and measuring each message's delay. The analysis reads the machines' rows in time
/// order, so a receive nearly always comes after its send: it is joined as it comes, and the vectors it needs are not
/// kept. A send is kept whole only until every recipient has received it; after that, a receive or a send of it can only
/// be broken, and the ledger keeps of it only what names it in that violation (<see cref="CompletedSends"/>), so that it
/// grows with the messages in flight rather than with the events. A receive whose send has not come yet (a send at the
/// same instant on a later machine, or a broken file) waits for <see cref="Join"/>.
/// </summary>
/// <param name="rows">The machines' rows so far, to count a receiver's ticks between a send and its receive.</param>
internal sealed class MessageLedger(int machineCount, ClockComparison clocks, RowCounts rows)
{
    private readonly Dictionary<MessageKey, Send> _inFlight = [];
    private readonly CompletedSends _completed = new(machineCount);
    private readonly List<Receive> _waiting = [];
    private readonly DelaySamples[] _delays = [.. Enumerable.Range(0, machineCount).Select(_ => new DelaySamples())];
    private long _sent;

    /// <summary>
    /// Records a send or send-to-all row, at <paramref name="where"/>; a second send with the same id is a violation. The
    /// ledger keeps the row's vector: the reader's own, which no machine changes.
    /// </summary>
    public void AddSend(in MachineEvent row, FileLine where, Verdict verdict)
    {
        if (_completed.TryGet(row.Message, out var completed))
        {
            AlreadySent(row.Message, completed, where, verdict);
            return;
        }

        ref var send = ref CollectionsMarshal.GetValueRefOrAddDefault(_inFlight, row.Message, out var exists);
        if (exists)
        {
            AlreadySent(row.Message, send.Row, where, verdict);
            return;
        }

        send = new Send(new SentRow(where, row.Kind, row.Peers), _sent++, row.ElapsedMs, row.LogicalClock, row.MessageClock ?? 0, row.Vector, row.PhysicalNs, row.Hlc,
            rows.Mark());
    }

    /// <summary>
    /// Records a receive row, at <paramref name="where"/>, and checks it against its send if that has come; otherwise it
    /// waits for <see cref="Join"/>.
    /// </summary>
    /// <param name="rowIndex">Counts the receiver's rows up to and including this one.</param>
    /// <param name="before">
    /// The receiver's row before it; the empty event (no vector, no HLC) for its first row. Its vector may be the caller's
    /// to use again: a receive that waits keeps a copy.
    /// </param>
    /// <param name="receiver">The receiver's place among the machines (from 0), to count its ticks between the send and the receive.</param>
    public void AddReceive(in MachineEvent row, int rowIndex, FileLine where, in MachineEvent before, int receiver, Verdict verdict)
    {
        var receive = new Receive(where.File, where.Line, row.Machine, rowIndex, row.ElapsedMs, row.LogicalClock, row.MessageClock ?? 0, row.Message, row.Vector,
            before.Vector, row.PhysicalNs, row.Hlc, before.Hlc, receiver);
        if (!TryCheck(receive, verdict))
        {
            _waiting.Add(receive with { VectorBefore = before.Vector.ToArray() });
        }
    }

    /// <summary>Checks the receives whose send had not come when they did, and returns the delays, one <see cref="DelaySamples"/> per machine.</summary>
    public IReadOnlyList<DelaySamples> Join(Verdict verdict)
    {
        foreach (var receive in _waiting)
        {
            if (!TryCheck(receive, verdict))
            {
                verdict.Add(RuleKind.MessageMatch, new FileLine(receive.File, receive.Line), $"message {receive.Message} is received but never sent");
            }
        }

        _waiting.Clear();
        return _delays;
    }

    /// <summary>Checks <paramref name="receive"/> against its send; false when that send has not been read.</summary>
    private bool TryCheck(in Receive receive, Verdict verdict)
    {
        ref var send = ref CollectionsMarshal.GetValueRefOrNullRef(_inFlight, receive.Message);
        if (!Unsafe.IsNullRef(ref send))
        {
            Check(receive, ref send, verdict);
            if (send.ReceivedBy.Count == send.Row.Recipients.Count)
            {
                _completed.Add(receive.Message, send.Row);
                _inFlight.Remove(receive.Message);
            }

            return true;
        }

        if (!_completed.TryGet(receive.Message, out var completed))
        {
            return false;
        }

        // Every recipient has it already: this receive is not one of its recipients', or a second one, and the send's clocks
        // are no longer kept to check it against.
        if (!completed.Recipients.Contains(receive.Machine))
        {
            NotAddressed(receive, completed, verdict);
        }
        else
        {
            ReceivedTwice(receive, verdict);
        }

        return true;
    }

    private void Check(in Receive receive, ref Send send, Verdict verdict)
    {
        var where = new FileLine(receive.File, receive.Line);
        if (!send.Row.Recipients.Contains(receive.Machine))
        {
            NotAddressed(receive, send.Row, verdict);
        }
        else if (!send.ReceivedBy.Add(receive.Machine))
        {
            ReceivedTwice(receive, verdict);
            return;
        }

        CheckClocks(receive, send, where, verdict);
        if (!receive.Vector.IsEmpty && !send.Vector.IsEmpty)
        {
            VectorRules.CheckReceive(receive.Vector.Span, receive.VectorBefore.Span, send.Vector.Span, receive.Machine, where, send.Row.Where, verdict);
        }

        if (receive.Hlc is { } hlc && receive.PhysicalNs is { } physical && send.Hlc is { } sentHlc && send.PhysicalNs is { } sentPhysical)
        {
            HlcRules.CheckReceive(hlc, receive.HlcBefore, sentHlc, physical, where, send.Row.Where, verdict);
            clocks.Message(sentPhysical, physical);
        }

        if (receive.Machine >= 1 && receive.Machine <= _delays.Length)
        {
            var ticksBefore = send.RowsAtSend.Of(receive.Receiver);
            _delays[receive.Machine - 1].Add(receive.ElapsedMs, receive.ElapsedMs - send.ElapsedMs, receive.RowIndex - ticksBefore);
        }
    }

    private static void AlreadySent(MessageKey message, SentRow first, FileLine where, Verdict verdict) =>
        verdict.Add(RuleKind.MessageMatch, where, $"message {message} was already sent at {first.Where}");

    private static void NotAddressed(in Receive receive, SentRow send, Verdict verdict) =>
        verdict.Add(RuleKind.MessageMatch, new FileLine(receive.File, receive.Line),
            $"machine {Number(receive.Machine)} received message {receive.Message}, a {send.Kind} to '{send.Recipients}' ({send.Where})");

    private static void ReceivedTwice(in Receive receive, Verdict verdict) =>
        verdict.Add(RuleKind.MessageMatch, new FileLine(receive.File, receive.Line),
            $"message {receive.Message} is received a second time by machine {Number(receive.Machine)}");

    private static void CheckClocks(in Receive receive, in Send send, FileLine where, Verdict verdict)
    {
        if (receive.Clock <= send.Clock)
        {
            verdict.Add(RuleKind.ClockCondition, where,
                $"the receive of {receive.Message} has clock {Number(receive.Clock)}, not above its send's {Number(send.Clock)} ({send.Row.Where})");
        }

        if (receive.Carried != send.Carried)
        {
            verdict.Add(RuleKind.ClockCondition, where,
                $"the receive of {receive.Message} carries clock {Number(receive.Carried)}, but the send carried {Number(send.Carried)} ({send.Row.Where})");
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <param name="Order">Counts the sends before it, so that they can be listed in the order they were read.</param>
    private record struct Send(
        SentRow Row, long Order, double ElapsedMs, long Clock, long Carried, ReadOnlyMemory<long> Vector, long? PhysicalNs, HlcTimestamp? Hlc,
        RowCounts.Instant RowsAtSend)
    {
        /// <summary>A field, not a property: it is updated in place, through a reference to the ledger's entry.</summary>
        public Receivers ReceivedBy;
    }

    /// <summary>
    /// Every (message, recipient) sent and not received, once every receive has been joined to its send, in the order the
    /// sends were read.
    /// </summary>
    public IEnumerable<(MessageKey Message, int Recipient)> Unreceived()
    {
        foreach (var (key, send) in _inFlight.OrderBy(pair => pair.Value.Order))
        {
            foreach (var recipient in send.Row.Recipients)
            {
                if (!send.ReceivedBy.Contains(recipient))
                {
                    yield return (key, recipient);
                }
            }
        }
    }

    /// <summary>
    /// The machines that took a message so far: the first kept inline (a send has one), more as bits by machine id (a send
    /// to all), a few bytes where a set of ids would take hundreds.
    /// </summary>
    private struct Receivers
    {
        private int _first;
        private int _count;
        private ulong[]? _others;

        /// <summary>How many machines took it.</summary>
        public readonly int Count => _count;

        public readonly bool Contains(int machine) =>
            machine == _first || (machine >= 0 && _others is { } others && machine >> 6 < others.Length && (others[machine >> 6] & (1UL << machine)) != 0);

        /// <summary>Adds <paramref name="machine"/>; false when it had taken the message already.</summary>
        public bool Add(int machine)
        {
            if (Contains(machine))
            {
                return false;
            }

            if (_first == 0)
            {
                _first = machine;
            }
            else
            {
                if (_others is null || machine >> 6 >= _others.Length)
                {
                    Array.Resize(ref _others, (machine >> 6) + 1);
                }

                _others[machine >> 6] |= 1UL << machine;
            }

            _count++;
            return true;
        }
    }

    private readonly record struct Receive(
        string File, int Line, int Machine, int RowIndex, double ElapsedMs, long Clock, long Carried, MessageKey Message, ReadOnlyMemory<long> Vector,
        ReadOnlyMemory<long> VectorBefore,
        long? PhysicalNs, HlcTimestamp? Hlc, HlcTimestamp? HlcBefore, int Receiver);
}
