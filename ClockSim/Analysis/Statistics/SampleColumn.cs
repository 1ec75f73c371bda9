using System.Collections;

namespace ClockSim.Analysis.Statistics;

/// <summary>
/// A growing column of numbers in blocks small enough to stay off the large object heap: the first grows as a list's
/// array does (a thousand machines' columns of a few samples each stay small), the others are full-sized from the start,
/// so a column of a million samples leaves no trail of outgrown large arrays for the collector.
/// </summary>
internal sealed class SampleColumn : IReadOnlyList<double>
{
    private const int BlockLength = 8 << 10;
    private const int FirstLength = 16;

    private readonly List<double[]> _blocks = [];

    public int Count { get; private set; }

    public double this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _blocks[index / BlockLength][index % BlockLength];
        }
    }

    public void Add(double value)
    {
        if (_blocks.Count == 0)
        {
            _blocks.Add(new double[FirstLength]);
        }
        else if (Count < BlockLength && Count == _blocks[0].Length)
        {
            var first = _blocks[0];
            Array.Resize(ref first, Count * 2);
            _blocks[0] = first;
        }
        else if (Count % BlockLength == 0)
        {
            _blocks.Add(new double[BlockLength]);
        }

        _blocks[^1][Count % BlockLength] = value;
        Count++;
    }

    public IEnumerator<double> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _blocks[i / BlockLength][i % BlockLength];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
