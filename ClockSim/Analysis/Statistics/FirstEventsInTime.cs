using ClockSim.Model;

namespace ClockSim.Analysis.Statistics;

/// <summary>
/// The first events of a run in time, taken as the analysis streams them by in time order: every event up to the last
/// instant at which no more than the limit have happened, so a cut of a large run shows its start whole (an event only
/// knows of earlier ones, so the cut keeps every rule). Every event at the cut's instant goes with it or none does, so the
/// events of the latest instant wait until a later one comes. Each event taken is handed on, in the order it came.
/// </summary>
/// <param name="limit">The most events taken; <see cref="long.MaxValue"/> takes them all.</param>
/// <param name="take">Takes an event of machine i (from 0); a held event's vector is the reader's own, which nothing changes.</param>
internal sealed class FirstEventsInTime(long limit, Action<int, MachineEvent> take)
{
    private readonly List<(int Machine, MachineEvent Row)> _atLatest = [];
    private long _taken;
    private bool _cut;

    /// <summary>The instant the cut ends at, in milliseconds (just before the events it left out); null when it took them all.</summary>
    public double? UntilMs { get; private set; }

    public void Add(int machine, in MachineEvent row)
    {
        if (limit == long.MaxValue)
        {
            take(machine, row);
            return;
        }

        if (_cut)
        {
            return;
        }

        if (_atLatest.Count > 0 && row.ElapsedMs != _atLatest[0].Row.ElapsedMs && !TakeLatest(lastInstant: false))
        {
            return;
        }

        _atLatest.Add((machine, row));
    }

    /// <summary>Takes the events of the last instant, once every event has come.</summary>
    public void Complete()
    {
        if (!_cut && _atLatest.Count > 0)
        {
            TakeLatest(lastInstant: true);
        }
    }

    /// <summary>The events of the latest instant are taken if they fit; otherwise the cut ends before them.</summary>
    /// <returns>Whether more events are taken.</returns>
    private bool TakeLatest(bool lastInstant)
    {
        var instant = _atLatest[0].Row.ElapsedMs;
        if (_taken + _atLatest.Count > limit)
        {
            (_cut, UntilMs) = (true, Math.BitDecrement(instant));
            _atLatest.Clear();
            return false;
        }

        foreach (var (machine, row) in _atLatest)
        {
            take(machine, row);
        }

        _taken += _atLatest.Count;
        _atLatest.Clear();
        if (_taken == limit && !lastInstant)
        {
            (_cut, UntilMs) = (true, instant);
            return false;
        }

        return true;
    }
}
