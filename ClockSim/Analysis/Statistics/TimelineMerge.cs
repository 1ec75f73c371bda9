namespace ClockSim.Analysis.Statistics;

/// <summary>
/// The rows of the machines' timelines in time order, the lowest machine first at a tie: a heap of each machine's next
/// row, so taking a row costs the logarithm of the number of machines rather than a look at every machine.
/// </summary>
internal sealed class TimelineMerge
{
    private readonly IReadOnlyList<MachineTimeline> _timelines;
    private readonly int[] _next;
    private readonly PriorityQueue<int, (double Time, int Machine)> _heads;

    public TimelineMerge(IReadOnlyList<MachineTimeline> timelines)
    {
        _timelines = timelines;
        _next = new int[timelines.Count];
        _heads = new PriorityQueue<int, (double, int)>(timelines.Count);
        for (var machine = 0; machine < timelines.Count; machine++)
        {
            Enqueue(machine);
        }
    }

    /// <summary>The earliest row not taken yet, as its machine (0-based) and its row; false once every row is taken.</summary>
    public bool TryNext(out int machine, out int row)
    {
        if (!_heads.TryDequeue(out machine, out _))
        {
            row = -1;
            return false;
        }

        row = _next[machine]++;
        Enqueue(machine);
        return true;
    }

    private void Enqueue(int machine)
    {
        if (_next[machine] < _timelines[machine].Count)
        {
            _heads.Enqueue(machine, (_timelines[machine].TimeAt(_next[machine]), machine));
        }
    }
}
