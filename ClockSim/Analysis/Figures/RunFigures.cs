using System.Runtime.CompilerServices;
using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Statistics;
using ClockSim.Machines;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Figures;

/// <summary>
/// The figures of a run kept as its events happen, without writing them anywhere: what a sweep of thousands of
/// virtual runs records. Events must come in time order across machines, as the virtual engine produces them, so the
/// drift is taken as it goes. Each machine's figures are the same <see cref="MachineFigures"/> the analysis keeps.
/// </summary>
internal sealed class RunFigures
{
    private readonly IReadOnlyList<double> _tickRates;
    private readonly MachineFigures[] _machines;
    private readonly DriftAccumulator _drift;
    private readonly long[] _sendsTo;
    private readonly CausalityCounter? _causality;
    private readonly ClockComparison? _clocks;
    private readonly Dictionary<MessageKey, long> _sentAt = [];
    private readonly long[] _ticks;
    private double _lastMs;

    /// <param name="causality">Counts how much order Lamport invents as the events go; null to skip it.</param>
    /// <param name="clocks">Compares the four clocks as the events go; null to skip it.</param>
    public RunFigures(IReadOnlyList<double> tickRates, CausalityCounter? causality = null, ClockComparison? clocks = null)
    {
        _clocks = clocks;
        _ticks = new long[tickRates.Count];
        _tickRates = tickRates;
        _machines = [.. tickRates.Select(_ => new MachineFigures())];
        _drift = new DriftAccumulator(tickRates.Count);
        _sendsTo = new long[tickRates.Count];
        _causality = causality;
        Sinks = [.. Enumerable.Range(0, tickRates.Count).Select(_ => new Sink(this))];
    }

    /// <summary>The sink of machine i at index i − 1: they all record into these figures.</summary>
    public IReadOnlyList<IEventSink> Sinks { get; }

    public CausalityFigures? Causality => _causality?.Figures();

    /// <summary>The four clocks side by side, with what the synchronisation did (<paramref name="sync"/>), or null when they were not compared.</summary>
    public ClockFigures? Clocks(long resolutionNs, SyncFigures? sync) =>
        _clocks?.Figures(resolutionNs, sync, [.. Enumerable.Range(1, _machines.Length).Select(CsvEventLog.FileName)], verdict: null);

    // Every event of a virtual run: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Record(in MachineEvent e)
    {
        var index = e.Machine - 1;
        _machines[index].Add(e.ElapsedMs, e.Kind, e.LogicalClock, e.Jump, e.QueueLength);
        _drift.Set(index, e.ElapsedMs, e.LogicalClock);
        _lastMs = Math.Max(_lastMs, e.ElapsedMs);
        if (e.Kind == EventKind.Send)
        {
            _sendsTo[e.Peers.First - 1]++;
        }

        if (_causality is not null || _clocks is not null)
        {
            Observe(e, index);
        }
    }

    /// <summary>
    /// Hands <paramref name="e"/> to the causality counter and the clock comparison, where they are kept: out of
    /// <see cref="Record"/>, which runs on every event of every run and so needs no frame for what only some runs count.
    /// </summary>
    private void Observe(in MachineEvent e, int index)
    {
        _causality?.Observe(e.Machine, e.Tick, e.ElapsedMs, e.LogicalClock, e.Vector.Span);
        if (_clocks is { } clocks && e is { PhysicalNs: { } physical, Hlc: { } hlc })
        {
            // True time and line numbers as the machine's CSV would have them: ElapsedMs to the microsecond, the header line 1.
            clocks.Observe(_ticks[index]++, new ClockStamp(ClockReading.Nanoseconds(Math.Round(e.ElapsedMs, 3)), physical, hlc, e.LogicalClock, e.Machine, (int)e.Tick + 1), e.Vector.Span);
            if (e.Kind is EventKind.Send or EventKind.SendAll)
            {
                _sentAt[e.Message] = physical;
            }
            else if (e.Kind == EventKind.Receive && _sentAt.TryGetValue(e.Message, out var sentAt))
            {
                clocks.Message(sentAt, physical);
            }
        }
    }

    /// <summary>Every machine's figures over the run: from its start to its last event, as the analysis takes them.</summary>
    public IReadOnlyList<MachineSummary> Summaries()
    {
        var drift = _drift.Summaries(_lastMs);
        var seconds = _lastMs / 1000;
        var sendAlls = _machines.Sum(m => m.SendAlls);
        return [.. _machines.Select((m, i) => new MachineSummary(
            i + 1, _tickRates[i], m.Ticks, m.FinalClock, m.ClockRate, m.Jumps.Mean, m.Jumps.Count > 0 ? m.Jumps.Max : 0,
            drift[i].Mean, drift[i].Lowest, m.MeanQueue, m.MaxQueue, m.FinalQueue, m.QueueGrowth,
            MachineFigures.ArrivalRate(_sendsTo[i] + sendAlls - m.SendAlls, seconds), m.ReceivingShare))];
    }

    private sealed class Sink(RunFigures figures) : IEventSink
    {
        public void Record(in MachineEvent e) => figures.Record(e);
    }
}
