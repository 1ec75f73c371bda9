using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Reading;
using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;

namespace ClockSim.Analysis;

/// <summary>
/// Takes one machine's rows in file order and keeps only running figures: counts, the two least-squares
/// fits, jump counts, queue totals and the compact timeline. It checks each row's rules as it goes and
/// hands the message rows to the ledger.
/// </summary>
internal sealed class MachineAccumulator
{
    private readonly MachineSet _allPeers;
    private readonly long[] _addressedTo;
    private readonly Verdict _verdict;
    private readonly MessageLedger _ledger;
    private readonly CausalityCounter _causality;
    private AnalysisRow? _previous;
    private long _receives;
    private long _sends;
    private long _sendAlls;
    private long _internals;
    private long _queueSum;
    private int _maxQueue;

    public MachineAccumulator(int machineId, int machineCount, string file, Verdict verdict, MessageLedger ledger, CausalityCounter causality)
    {
        _causality = causality;
        Machine = machineId;
        MachineCount = machineCount;
        File = file;
        _allPeers = MachineSet.AllBut(machineCount, machineId);
        _addressedTo = new long[machineCount + 1];
        _verdict = verdict;
        _ledger = ledger;
    }

    public int Machine { get; }

    public int MachineCount { get; }

    /// <summary>Whether the file's rows carry vector clocks: null before its first row.</summary>
    public bool? HasVectors { get; private set; }

    public string File { get; }

    public MachineTimeline Timeline { get; } = new();

    public JumpCounts Jumps { get; } = new();

    /// <summary>Logical clock against real seconds.</summary>
    public LeastSquares ClockFit { get; } = new();

    /// <summary>Queue length against real seconds.</summary>
    public LeastSquares QueueFit { get; } = new();

    /// <summary>The row with the largest jump (the first, if several tie).</summary>
    public AnalysisRow? LargestJump { get; private set; }

    public long Ticks => Timeline.Count;

    /// <summary>Messages this machine addressed to machine <paramref name="id"/>: its share of that machine's arrivals.</summary>
    public long AddressedTo(int id) => id >= 1 && id < _addressedTo.Length ? _addressedTo[id] : 0;

    public double MeanQueue => Ticks > 0 ? (double)_queueSum / Ticks : double.NaN;

    public int MaxQueue => _maxQueue;

    public int FinalQueue => _previous?.QueueLength ?? 0;

    public long FinalClock => _previous?.LogicalClock ?? 0;

    public void Add(AnalysisRow row)
    {
        RowRules.Check(row, _previous, Machine, _allPeers, File, _verdict);
        VectorRules.CheckRow(row, _previous, Machine, MachineCount, new FileLine(File, row.Line), _verdict);
        HasVectors ??= row.Vector is not null;
        if (row.Vector is { } vector)
        {
            _causality.Observe(Machine, Timeline.Count + 1, row.LogicalClock, vector);
        }

        Timeline.Add(row.ElapsedMs, row.LogicalClock, row.QueueLength);
        var seconds = row.ElapsedMs / 1000;
        ClockFit.Add(seconds, row.LogicalClock);
        QueueFit.Add(seconds, row.QueueLength);
        Jumps.Add(row.Jump);
        if (LargestJump is not { } largest || row.Jump > largest.Jump)
        {
            LargestJump = row;
        }

        _queueSum += row.QueueLength;
        _maxQueue = Math.Max(_maxQueue, row.QueueLength);
        Count(row);
        _previous = row;
    }

    /// <summary>The totals, for comparison with <c>run.json</c>; a send to all counts one message per recipient.</summary>
    public MachineCounts Counts() => new(
        Machine, Ticks, _receives, _sends, _sendAlls, _internals, _sends + (_sendAlls * _allPeers.Count),
        FinalClock, Jumps.Count > 0 ? Jumps.Max : 0, _maxQueue);

    private void Count(in AnalysisRow row)
    {
        switch (row.Kind)
        {
            case EventKind.Receive:
                _receives++;
                if (!row.Message.IsNone)
                {
                    _ledger.AddReceive(row, Timeline.Count, File, _previous?.Vector);
                }

                break;
            case EventKind.Send or EventKind.SendAll:
                if (row.Kind == EventKind.Send)
                {
                    _sends++;
                }
                else
                {
                    _sendAlls++;
                }

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
            default:
                _internals++;
                break;
        }
    }
}
