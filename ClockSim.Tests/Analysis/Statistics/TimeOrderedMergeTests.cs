using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class TimeOrderedMergeTests
{
    [Fact]
    public void MoveNext_SourcesOfDifferentLengths_TakesTheEarliestFirst_TheLowerSourceAtOneInstant()
    {
        double[][] times = [[1, 4, 4, 9], [], [0, 4, 5], [4], [2, 3, 3, 3, 10, 11]];
        var sources = times.Select(t => (IEnumerator<double>)((IEnumerable<double>)t).GetEnumerator()).ToArray();

        var merge = new TimeOrderedMerge(sources.Length, i => sources[i].MoveNext(), i => sources[i].Current);
        var merged = new List<(int Source, double Time)>();
        while (merge.MoveNext())
        {
            merged.Add((merge.Source, sources[merge.Source].Current));
        }

        var expected = times.SelectMany((t, source) => t.Select((time, index) => (Source: source, Time: time, Index: index)))
            .OrderBy(x => x.Time).ThenBy(x => x.Source).ThenBy(x => x.Index).Select(x => (x.Source, x.Time));
        Assert.Equal(expected, merged);
        Assert.False(merge.MoveNext());
    }

    [Fact]
    public void MoveNext_MovesASourceOnOnlyWhenTheItemFoundInItIsDone()
    {
        double[][] times = [[1, 3], [2]];
        var moves = new int[times.Length];
        var sources = times.Select(t => (IEnumerator<double>)((IEnumerable<double>)t).GetEnumerator()).ToArray();
        var merge = new TimeOrderedMerge(sources.Length, i => { moves[i]++; return sources[i].MoveNext(); }, i => sources[i].Current);

        Assert.True(merge.MoveNext());

        // Source 0 holds the first item, read in place: it is moved on only at the next step.
        Assert.Equal((0, 1.0), (merge.Source, sources[0].Current));
        Assert.Equal([1, 1], moves);
        Assert.True(merge.MoveNext());
        Assert.Equal((1, 2.0), (merge.Source, sources[1].Current));
        Assert.Equal([2, 1], moves);
    }
}
