using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis;

/// <summary>
/// Takes one machine's rows in file order: checks each row's rules, hands the message rows to the ledger, the vectors
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
    private AnalysisRow? _previous;

    public MachineAccumulator(
        int machineId, int machineCount, string file, Verdict verdict, MessageLedger ledger, CausalityCounter causality, ClockComparison clocks)
    {
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

    public MachineTimeline Timeline { get; } = new();

    public MachineFigures Figures { get; } = new();

    /// <summary>Messages this machine addressed to machine <paramref name="id"/>: its share of that machine's arrivals.</summary>
    public long AddressedTo(int id) => id >= 1 && id < _addressedTo.Length ? _addressedTo[id] : 0;

    public void Add(AnalysisRow row)
    {
        RowRules.Check(row, _previous, Machine, _allPeers, File, _verdict);
        VectorRules.CheckRow(row, _previous, Machine, MachineCount, new FileLine(File, row.Line), _verdict);
        HlcRules.CheckRow(row, _previous, new FileLine(File, row.Line), _verdict);
        HasVectors ??= row.Vector is not null;
        HasClocks ??= row.Hlc is not null;
        if (row.Vector is { } vector)
        {
            _causality.Observe(Machine, Timeline.Count + 1, row.ElapsedMs, row.LogicalClock, vector);
            if (row.Hlc is { } hlc && row.PhysicalNs is { } physical && vector.Length == MachineCount)
            {
                _clocks.Observe(Timeline.Count, new ClockStamp(ClockReading.Nanoseconds(row.ElapsedMs), physical, hlc, row.LogicalClock, Machine, row.Line), vector);
            }
        }

        Timeline.Add(row.ElapsedMs, row.LogicalClock, row.QueueLength);
        Figures.Add(row.ElapsedMs, row.Kind, row.LogicalClock, row.Jump, row.QueueLength, row.Line);
        Messages(row);
        _previous = row;
    }

    /// <summary>The totals, for comparison with <c>run.json</c>; a send to all counts one message per recipient.</summary>
    public MachineCounts Counts() => new(
        Machine, Figures.Ticks, Figures.Receives, Figures.Sends, Figures.SendAlls, Figures.Internals, Figures.MessagesSent(MachineCount),
        Figures.FinalClock, Figures.Jumps.Count > 0 ? Figures.Jumps.Max : 0, Figures.MaxQueue);

    private void Messages(in AnalysisRow row)
    {
        switch (row.Kind)
        {
            case EventKind.Receive when !row.Message.IsNone:
                _ledger.AddReceive(row, Timeline.Count, File, _previous?.Vector, _previous?.Hlc);
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
                    _ledger.AddSend(row, File, _verdict);
                }

                break;
        }
    }
}
