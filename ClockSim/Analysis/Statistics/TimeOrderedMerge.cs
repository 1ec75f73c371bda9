namespace ClockSim.Analysis.Statistics;

/// <summary>
/// Several sequences, each in its own order, merged by time: the earliest next item first, the lower source first at one
/// instant. A heap holds each source's next item, so taking one costs the logarithm of the number of sources rather than
/// a look at every source. How the analysis reads the machines' CSVs.
/// </summary>
internal static class TimeOrderedMerge
{
    /// <param name="sources">Each moved on as it is taken from, never rewound; the caller disposes of them.</param>
    /// <param name="timeOf">An item's time, given its source's index.</param>
    /// <returns>Each item with the index of its source.</returns>
    public static IEnumerable<(int Source, T Item)> Of<T>(IReadOnlyList<IEnumerator<T>> sources, Func<int, T, double> timeOf)
    {
        var heads = new PriorityQueue<int, (double Time, int Source)>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            Advance(i);
        }

        // The source just taken from puts its next item in its place in one step, rather than leaving the heap and joining it again.
        while (heads.TryPeek(out var i, out _))
        {
            var item = sources[i].Current;
            if (sources[i].MoveNext())
            {
                heads.DequeueEnqueue(i, (timeOf(i, sources[i].Current), i));
            }
            else
            {
                heads.Dequeue();
            }

            yield return (i, item);
        }

        void Advance(int i)
        {
            if (sources[i].MoveNext())
            {
                heads.Enqueue(i, (timeOf(i, sources[i].Current), i));
            }
        }
    }
}
