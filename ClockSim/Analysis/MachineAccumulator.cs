using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Rules;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis;

/// <summary>
/// Takes one machine's events in file order (interleaved with the other machines' in time order): checks each row's rules, hands the message rows to the ledger, the vectors
/// to the causality counter and every clock's stamp to the comparison of the clocks, and keeps the machine's figures.
/// </summary>
internal sealed class MachineAccumulator
{
    private readonly MachineSet _allPeers;
    private readonly long[] _addressedTo;
    private readonly Verdict _verdict;
    private readonly MessageLedger _ledger;
    private readonly CausalityCounter _causality;
    private readonly ClockComparison _clocks;
    private readonly int _index;
    private MachineEvent? _previous;

    /// <summary>
    /// The previous row's vector, copied: a row's own vector is let go of with the row, so that the reader's arrays die
    /// young rather than one per machine living on until its next row, which at a thousand machines is a thousand rows later.
    /// </summary>
    private long[] _previousVector = [];

    /// <param name="index">The machine's place among the run's machines (from 0).</param>
    /// <param name="addressedTo">
    /// The messages addressed to each machine, by its id, which every machine's accumulator counts into: one count per
    /// machine for the run, not one per pair of machines.
    /// </param>
    public MachineAccumulator(
        int machineId, int index, int machineCount, string file, long[] addressedTo, Verdict verdict, MessageLedger ledger, CausalityCounter causality,
        ClockComparison clocks)
    {
        _index = index;
        _clocks = clocks;
        Machine = machineId;
        MachineCount = machineCount;
        File = file;
        _allPeers = MachineSet.AllBut(machineCount, machineId);
        _addressedTo = addressedTo;
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

    public MachineFigures Figures { get; } = new();

    /// <summary>Takes the event of the file's next row that parsed, on <paramref name="line"/>.</summary>
    public void Add(in MachineEvent row, int line)
    {
        var where = new FileLine(File, line);
        var rowNumber = checked((int)Figures.Ticks + 1);
        RowRules.Check(row, _previous, Machine, _allPeers, where, _verdict);
        VectorRules.CheckRow(row, _previous, Machine, MachineCount, where, _verdict);
        HlcRules.CheckRow(row, _previous, where, _verdict);
        HasVectors ??= !row.Vector.IsEmpty;
        HasClocks ??= row.Hlc is not null;
        if (!row.Vector.IsEmpty)
        {
            var vector = row.Vector.Span;
            _causality.Observe(Machine, rowNumber, row.ElapsedMs, row.LogicalClock, vector);
            if (row.Hlc is { } hlc && row.PhysicalNs is { } physical && vector.Length == MachineCount)
            {
                _clocks.Observe(rowNumber - 1, new ClockStamp(ClockReading.Nanoseconds(row.ElapsedMs), physical, hlc, row.LogicalClock, Machine, line), vector);
            }
        }

        Figures.Add(row.ElapsedMs, row.Kind, row.LogicalClock, row.Jump, row.QueueLength, line);
        Messages(row, rowNumber, where);
        _previous = row with { Vector = Keep(row.Vector.Span) };
    }

    private ReadOnlyMemory<long> Keep(ReadOnlySpan<long> vector)
    {
        if (_previousVector.Length != vector.Length)
        {
            _previousVector = new long[vector.Length];
        }

        vector.CopyTo(_previousVector);
        return _previousVector;
    }

    /// <summary>The totals, for comparison with <c>run.json</c>; a send to all counts one message per recipient.</summary>
    public MachineCounts Counts() => new(
        Machine, Figures.Ticks, Figures.Receives, Figures.Sends, Figures.SendAlls, Figures.Internals, Figures.MessagesSent(MachineCount),
        Figures.FinalClock, Figures.Jumps.Count > 0 ? Figures.Jumps.Max : 0, Figures.MaxQueue);

    /// <param name="rowNumber">The row's number among the machine's rows, from 1.</param>
    private void Messages(in MachineEvent row, int rowNumber, FileLine where)
    {
        switch (row.Kind)
        {
            case EventKind.Receive when !row.Message.IsNone:
                _ledger.AddReceive(row, rowNumber, where, _previous.GetValueOrDefault(), _index, _verdict);
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
