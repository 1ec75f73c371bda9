using ClockSim.Analysis.Reading;

namespace ClockSim.Tests.Analysis.Reading;

public sealed class ReadAheadTests
{
    /// <summary>Every item the batches hold, in order, each batch read before the next is asked for.</summary>
    private static IEnumerable<T> Items<T>(IEnumerable<IEnumerator<T>> source, int batchSize, CancellationToken cancellationToken)
    {
        using var items = source.First();
        foreach (var batch in ReadAhead.Of(Into(items), batchSize, cancellationToken))
        {
            Assert.InRange(batch.Count, 1, batchSize);
            foreach (var item in batch)
            {
                yield return item;
            }
        }
    }

    private static ReadAhead.ReadInto<T> Into<T>(IEnumerator<T> items) => (ref T item) =>
    {
        if (!items.MoveNext())
        {
            return false;
        }

        item = items.Current;
        return true;
    };

    private static IEnumerable<IEnumerator<T>> Over<T>(IEnumerable<T> source) => [source.GetEnumerator()];

    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 7)]
    [InlineData(10_000, 7)]
    [InlineData(10_000, 256)]
    [InlineData(512, 256)]
    public void Of_GivesEveryItemInOrder(int count, int batchSize)
    {
        var source = Enumerable.Range(0, count).Select(i => (long)i * i);

        Assert.Equal(source, Items(Over(source), batchSize, CancellationToken.None));
    }

    [Fact]
    public void Of_ASourceThatThrows_GivesTheItemsBeforeThenTheException()
    {
        var taken = new List<int>();

        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in Items(Over(Failing(after: 20)), batchSize: 3, CancellationToken.None))
            {
                taken.Add(item);
            }
        });

        Assert.Equal("line 21 is broken", error.Message);
        Assert.Equal(Enumerable.Range(0, 20), taken);
    }

    [Fact]
    public void Of_LeftEarly_StopsReadingAndEndsTheSource_BeforeItReturns()
    {
        var source = new EndlessSource();

        foreach (var item in Items(Over(source.Items()), batchSize: 4, CancellationToken.None))
        {
            if (item == 10)
            {
                break;
            }
        }

        // The reader may be a few batches ahead, never further, and the source is closed by the time the loop is left.
        Assert.True(source.Ended);
        Assert.InRange(source.Read, 11, 11 + (4 * 4));
    }

    [Fact]
    public void Of_Cancelled_ThrowsAndEndsTheSource()
    {
        var source = new EndlessSource();
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var item in Items(Over(source.Items()), batchSize: 4, cancel.Token))
            {
                if (item == 100)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.True(source.Ended);
    }

    private static IEnumerable<int> Failing(int after)
    {
        for (var i = 0; i < after; i++)
        {
            yield return i;
        }

        throw new InvalidDataException($"line {after + 1} is broken");
    }

    /// <summary>An endless sequence that counts what was read and notes when its enumeration was ended.</summary>
    private sealed class EndlessSource
    {
        private int _read;
        private volatile bool _ended;

        public int Read => Volatile.Read(ref _read);

        public bool Ended => _ended;

        public IEnumerable<int> Items()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref _read);
                    yield return i;
                }
            }
            finally
            {
                _ended = true;
            }
        }
    }
}
