using ClockSim.Analysis.Statistics;

namespace ClockSim.Tests.Analysis.Statistics;

public sealed class TimeOrderedMergeTests
{
    [Fact]
    public void Of_SourcesOfDifferentLengths_TakesTheEarliestFirst_TheLowerSourceAtOneInstant()
    {
        double[][] times = [[1, 4, 4, 9], [], [0, 4, 5], [4], [2, 3, 3, 3, 10, 11]];
        var sources = times.Select(t => (IEnumerator<double>)((IEnumerable<double>)t).GetEnumerator()).ToArray();

        var merged = TimeOrderedMerge.Of(sources, (_, time) => time).ToArray();

        var expected = times.SelectMany((t, source) => t.Select((time, index) => (Source: source, Time: time, Index: index)))
            .OrderBy(x => x.Time).ThenBy(x => x.Source).ThenBy(x => x.Index).Select(x => (x.Source, x.Time));
        Assert.Equal(expected, merged);
    }
}
