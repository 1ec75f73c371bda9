using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis;

/// <summary>
/// Takes one machine's events in file order (interleaved with the other machines' in time order): checks each row's rules, hands the message rows to the ledger, the vectors
/// to the causality counter and every clock's stamp to the comparison of the clocks, and keeps the machine's figures and
/// its compact timeline.
/// </summary>
internal sealed class MachineAccumulator
{
    private readonly MachineSet _allPeers;
    private readonly long[] _addressedTo;
    private readonly Verdict _verdict;
    private readonly MessageLedger _ledger;
    private readonly CausalityCounter _causality;
    private readonly ClockComparison _clocks;
    private MachineEvent? _previous;

    /// <param name="expectedRows">The rows the file is expected to give, to size the timeline once.</param>
    public MachineAccumulator(
        int machineId, int machineCount, string file, int expectedRows, Verdict verdict, MessageLedger ledger, CausalityCounter causality, ClockComparison clocks)
    {
        Timeline = new MachineTimeline(expectedRows);
        _clocks = clocks;
        Machine = machineId;
        MachineCount = machineCount;
        File = file;
        _allPeers = MachineSet.AllBut(machineCount, machineId);
        _addressedTo = new long[machineCount + 1];
        _verdict = verdict;
        _ledger = ledger;
        _causality = causality;
    }

    public int Machine { get; }

    public int MachineCount { get; }

    /// <summary>Whether the file's rows carry vector clocks: null before its first row.</summary>
    public bool? HasVectors { get; private set; }

    /// <summary>Whether the file's rows carry physical readings and hybrid logical clocks: null before its first row.</summary>
    public bool? HasClocks { get; private set; }

    public string File { get; }

    public MachineTimeline Timeline { get; }

    public MachineFigures Figures { get; } = new();

    /// <summary>Messages this machine addressed to machine <paramref name="id"/>: its share of that machine's arrivals.</summary>
    public long AddressedTo(int id) => id >= 1 && id < _addressedTo.Length ? _addressedTo[id] : 0;

    /// <summary>Takes the event of the file's next row that parsed, on <paramref name="line"/>.</summary>
    public void Add(in MachineEvent row, int line)
    {
        var where = new FileLine(File, line);
        RowRules.Check(row, _previous, Machine, _allPeers, where, _verdict);
        VectorRules.CheckRow(row, _previous, Machine, MachineCount, where, _verdict);
        HlcRules.CheckRow(row, _previous, where, _verdict);
        HasVectors ??= !row.Vector.IsEmpty;
        HasClocks ??= row.Hlc is not null;
        if (!row.Vector.IsEmpty)
        {
            var vector = row.Vector.Span;
            _causality.Observe(Machine, Timeline.Count + 1, row.ElapsedMs, row.LogicalClock, vector);
            if (row.Hlc is { } hlc && row.PhysicalNs is { } physical && vector.Length == MachineCount)
            {
                _clocks.Observe(Timeline.Count, new ClockStamp(ClockReading.Nanoseconds(row.ElapsedMs), physical, hlc, row.LogicalClock, Machine, line), vector);
            }
        }

        Timeline.Add(row.ElapsedMs, row.LogicalClock, row.QueueLength);
        Figures.Add(row.ElapsedMs, row.Kind, row.LogicalClock, row.Jump, row.QueueLength, line);
        Messages(row, where);
        _previous = row;
    }

    /// <summary>The totals, for comparison with <c>run.json</c>; a send to all counts one message per recipient.</summary>
    public MachineCounts Counts() => new(
        Machine, Figures.Ticks, Figures.Receives, Figures.Sends, Figures.SendAlls, Figures.Internals, Figures.MessagesSent(MachineCount),
        Figures.FinalClock, Figures.Jumps.Count > 0 ? Figures.Jumps.Max : 0, Figures.MaxQueue);

    private void Messages(in MachineEvent row, FileLine where)
    {
        switch (row.Kind)
        {
            case EventKind.Receive when !row.Message.IsNone:
                _ledger.AddReceive(row, Timeline.Count, where, _previous.GetValueOrDefault(), Timeline, _verdict);
                break;
            case EventKind.Send or EventKind.SendAll:
                foreach (var id in row.Peers)
                {
                    if (id < _addressedTo.Length)
                    {
                        _addressedTo[id]++;
                    }
                }

                if (!row.Message.IsNone)
                {
                    _ledger.AddSend(row, where, _verdict);
                }

                break;
        }
    }
}
