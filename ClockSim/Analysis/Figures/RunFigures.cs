using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Statistics;
using ClockSim.Machines;
using ClockSim.Model;

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
    private double _lastMs;

    /// <param name="causality">Counts how much order Lamport invents as the events go; null to skip it.</param>
    public RunFigures(IReadOnlyList<double> tickRates, CausalityCounter? causality = null)
    {
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

    public void Record(in MachineEvent e)
    {
        var index = e.Machine - 1;
        _machines[index].Add(e.ElapsedMs, e.Kind, e.LogicalClock, e.Jump, e.QueueLength);
        _drift.Set(index, e.ElapsedMs, e.LogicalClock);
        _lastMs = Math.Max(_lastMs, e.ElapsedMs);
        if (e.Kind == EventKind.Send)
        {
            _sendsTo[e.Peer - 1]++;
        }

        _causality?.Observe(e.Machine, e.Tick, e.ElapsedMs, e.LogicalClock, e.Vector.Span);
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
