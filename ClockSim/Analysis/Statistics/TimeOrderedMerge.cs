namespace ClockSim.Analysis.Statistics;

/// <summary>
/// Several sequences, each in its own order, merged by time: the earliest next item first, the lower source first at one
/// instant. A heap holds each source's next item, so taking one costs the logarithm of the number of sources rather than
/// a look at every source. How the analysis reads the machines' CSVs. The merge says which source holds the next item
/// and leaves the item where it lies, in its source, until the next step: items are read in place, never copied by it.
/// </summary>
/// <param name="sources">How many sources there are, numbered from 0.</param>
/// <param name="moveNext">Moves source i on to its next item; false at its end. Each source is moved on once before it is first read.</param>
/// <param name="timeOf">The time of source i's current item.</param>
internal sealed class TimeOrderedMerge(int sources, Func<int, bool> moveNext, Func<int, double> timeOf)
{
    private readonly PriorityQueue<int, (double Time, int Source)> _heads = new(sources);
    private bool _started;

    /// <summary>The source whose current item is the next in time; valid after <see cref="MoveNext"/> returned true.</summary>
    public int Source { get; private set; } = -1;

    /// <summary>
    /// Finds the next item in time: first moves on the source of the item found last (which the caller is done with),
    /// then takes the source with the earliest current item.
    /// </summary>
    /// <returns>False when every source is at its end.</returns>
    public bool MoveNext()
    {
        if (!_started)
        {
            _started = true;
            for (var i = 0; i < sources; i++)
            {
                if (moveNext(i))
                {
                    _heads.Enqueue(i, (timeOf(i), i));
                }
            }
        }
        else if (Source >= 0)
        {
            // The source just read from puts its next item in its place in one step, rather than leaving the heap and joining it again.
            if (moveNext(Source))
            {
                _heads.DequeueEnqueue(Source, (timeOf(Source), Source));
            }
            else
            {
                _heads.Dequeue();
            }
        }

        Source = _heads.TryPeek(out var next, out _) ? next : -1;
        return Source >= 0;
    }
}
