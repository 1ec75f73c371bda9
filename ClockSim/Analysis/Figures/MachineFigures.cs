using System.Runtime.CompilerServices;
using ClockSim.Analysis.Statistics;
using ClockSim.Model;
using ClockSim.Statistics;

namespace ClockSim.Analysis.Figures;

/// <summary>
/// One machine's figures, kept as its events come in tick order: counts of each kind, the jumps, the least-squares
/// fits of clock and queue against time, and the queue's mean, maximum and last value. The analysis feeds it the rows
/// of a CSV, a sweep the events of a virtual run as they happen: the figures are the same either way.
/// </summary>
internal sealed class MachineFigures
{
    private long _queueSum;

    public long Ticks { get; private set; }

    public long Receives { get; private set; }

    public long Sends { get; private set; }

    public long SendAlls { get; private set; }

    public long Internals { get; private set; }

    public JumpCounts Jumps { get; } = new();

    /// <summary>The tick of the largest jump (the first, if several tie), and its line in the CSV (0 when not read from one).</summary>
    public (long Tick, int Line) LargestJumpAt { get; private set; }

    public long FinalClock { get; private set; }

    public int MaxQueue { get; private set; }

    public int FinalQueue { get; private set; }

    /// <summary>The slope of the least-squares line of logical clock against real time: clock units per second.</summary>
    public double ClockRate => _fits.FirstSlope;

    /// <summary>The slope of the least-squares line of queue length against real time: messages per second.</summary>
    public double QueueGrowth => _fits.SecondSlope;

    /// <summary>The plain mean of the queue length after each tick.</summary>
    public double MeanQueue => Ticks > 0 ? (double)_queueSum / Ticks : double.NaN;

    /// <summary>Receives per tick: the measured ρ.</summary>
    public double ReceivingShare => Ticks > 0 ? (double)Receives / Ticks : double.NaN;

    /// <summary>The fits of clock (first) and queue (second) against real time, which share their x.</summary>
    private readonly LeastSquaresPair _fits = new();

    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double elapsedMs, EventKind kind, long clock, long jump, int queue, int line = 0)
    {
        Ticks++;
        switch (kind)
        {
            case EventKind.Receive:
                Receives++;
                break;
            case EventKind.Send:
                Sends++;
                break;
            case EventKind.SendAll:
                SendAlls++;
                break;
            default:
                Internals++;
                break;
        }

        var seconds = elapsedMs / 1000;
        _fits.Add(seconds, clock, queue);
        if (Jumps.Count == 0 || jump > Jumps.Max)
        {
            LargestJumpAt = (Ticks, line);
        }

        Jumps.Add(jump);
        _queueSum += queue;
        MaxQueue = Math.Max(MaxQueue, queue);
        FinalQueue = queue;
        FinalClock = clock;
    }

    /// <summary>Messages it sent: a send to all counts one per recipient.</summary>
    public long MessagesSent(int machineCount) => MessageCount.Sent(Sends, SendAlls, machineCount);

    /// <summary>The messages addressed to a machine per second of the run: the measured λ.</summary>
    public static double ArrivalRate(long addressed, double seconds) => addressed / seconds;
}
