using System.Runtime.CompilerServices;
namespace ClockSim.Analysis.Causality;

/// <summary>
/// How fast influence spreads: an event e of machine i at time t has reached machine j at the time of j's first event
/// whose vector entry for i is at least e's tick (the first event of j that e could have affected), and its
/// <em>causal reach time</em> is the latest of those times over every other machine, minus t. Unlike the false-order
/// share, which counts pairs and so falls as 1 / duration for machines that keep up, the reach time of a machine that
/// keeps up depends on the rates, the weights and the network alone, not on how long the run lasts.
/// </summary>
/// <remarks>
/// A machine's vector entry for i only rises, so each machine j raises the entry from its last value to the new one
/// and every tick of i in between reaches j at that instant: one step per (event of j, tick of i) at most, (machines −
/// 1) × events in all, in any order of the machines as long as each machine's events come in tick order (a run
/// folder is read file by file). Above the causality counter's exact limit only every stride-th tick of each machine
/// is followed, which bounds the work by the same limit. An event whose reach has not completed when the run ends is
/// counted apart rather than averaged: the mean is over completed events, so it leaves out the slowest reaches of the
/// run's last seconds, and the share not completed says how many that is.
/// <para>
/// Because each machine's entry for i covers a prefix of i's ticks, i's followed events complete in tick order: each
/// machine keeps only its events from the oldest not yet completed (<see cref="ReachWindow"/>), so memory grows with
/// the events still spreading, not with the run.
/// </para>
/// </remarks>
internal sealed class CausalReach
{
    private readonly int _machines;
    private readonly int _stride;
    private readonly long[] _followed;
    private readonly ReachWindow[] _windows;
    private readonly long[] _observed;
    private readonly long[,] _seen;
    private long _completed;
    private double _sumMs;

    /// <param name="eventsPerMachine">How many events each machine will have: no event beyond them is followed.</param>
    /// <param name="workLimit">The most (machines − 1) × events to follow: above it every stride-th tick is followed.</param>
    public CausalReach(IReadOnlyList<long> eventsPerMachine, long workLimit)
    {
        _machines = eventsPerMachine.Count;
        var work = (_machines - 1) * eventsPerMachine.Sum();
        _stride = (int)Math.Max(1, (work + workLimit - 1) / Math.Max(1, workLimit));
        _followed = [.. eventsPerMachine.Select(Followed)];
        _windows = [.. eventsPerMachine.Select(_ => new ReachWindow())];
        _observed = new long[_machines];
        _seen = new long[_machines, _machines];
    }

    /// <summary>Takes event <paramref name="tick"/> (from 1) of machine <paramref name="machine"/> (from 0), in each machine's tick order.</summary>
    // A whole vector per event: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Observe(int machine, long tick, double elapsedMs, ReadOnlySpan<long> vector)
    {
        _observed[machine] = tick;
        if (Index(tick) is { } own && own < _followed[machine])
        {
            _windows[machine].SetTime(own, elapsedMs);
            Retire(machine);
        }

        for (var i = 0; i < _machines && i < vector.Length; i++)
        {
            var seen = _seen[machine, i];
            if (i == machine || vector[i] <= seen)
            {
                continue;
            }

            // Ticks seen + 1 … vector[i] of machine i reach this machine now; of those, the followed ones from the first multiple.
            _windows[i].Reach((seen + _stride - 1) / _stride, Math.Min((vector[i] - 1) / _stride, _followed[i] - 1), elapsedMs);
            _seen[machine, i] = vector[i];
            Retire(i);
        }
    }

    public CausalReachFigures Figures()
    {
        long events = 0, completed = _completed;
        var sumMs = _sumMs;
        for (var i = 0; i < _machines; i++)
        {
            var observed = ObservedFollowed(i);
            events += observed;
            foreach (var (timeMs, reachedMs) in _windows[i].ReachedBy(_machines - 1, observed))
            {
                completed++;
                sumMs += reachedMs - timeMs;
            }
        }

        return new CausalReachFigures(events, completed, events - completed, CausalityCounter.Share(events - completed, events),
            completed > 0 ? sumMs / completed / 1000 : double.NaN, _stride);
    }

    /// <summary>Takes machine <paramref name="machine"/>'s oldest followed events out of its window while they are observed and complete.</summary>
    private void Retire(int machine)
    {
        while (_windows[machine].TryRetire(_machines - 1, ObservedFollowed(machine), out var reachMs))
        {
            _completed++;
            _sumMs += reachMs;
        }
    }

    /// <summary>How many of a machine's followed events it has observed.</summary>
    private long ObservedFollowed(int machine) => Math.Min(Followed(_observed[machine]), _followed[machine]);

    /// <summary>How many of ticks 1 … <paramref name="ticks"/> are followed: ticks 1, 1 + stride, 1 + 2 × stride, ….</summary>
    private long Followed(long ticks) => (ticks + _stride - 1) / _stride;

    /// <summary>The place of <paramref name="tick"/> among the followed ticks, or null when it is not followed.</summary>
    private long? Index(long tick) => (tick - 1) % _stride == 0 ? (tick - 1) / _stride : null;
}
