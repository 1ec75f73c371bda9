using System.Threading.Channels;

namespace ClockSim.Analysis.Reading;

/// <summary>
/// Runs a sequence a few batches ahead of its consumer, on a thread of its own: while the analysis takes in one batch of
/// rows, the files are read and parsed for the next, so the two halves of the pass run on two cores. The items come in
/// the same order, written by the source straight into the batch and read by the consumer where they lie (a row is
/// large, and copied at every step it cost much of the pass); an exception of the source reaches the consumer after the
/// items before it; at most a few batches wait at any time, and their arrays are used again. The thread is the
/// sequence's own, not the thread pool's, so analyses that run side by side (a sweep's) never wait for the pool to grow.
/// </summary>
internal static class ReadAhead
{
    /// <summary>Writes the source's next item into <paramref name="item"/>.</summary>
    /// <returns>False at the end of the source, <paramref name="item"/> left as it was.</returns>
    public delegate bool ReadInto<T>(ref T item);

    /// <summary>Batches read and not yet taken, at most.</summary>
    private const int BatchesAhead = 2;

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    /// <returns>The items in batches, each to be read before the next is asked for: its array is then used again.</returns>
    public static IEnumerable<ArraySegment<T>> Of<T>(ReadInto<T> source, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var full = Channel.CreateBounded<ArraySegment<T>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        var spare = Channel.CreateUnbounded<T[]>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = new Thread(() => Produce(source, batchSize, full.Writer, spare.Reader, stop.Token)) { IsBackground = true, Name = "ClockSim read-ahead" };
        reader.Start();
        try
        {
            while (full.Reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                while (full.Reader.TryRead(out var batch))
                {
                    yield return batch;
                    spare.Writer.TryWrite(batch.Array!);
                }
            }
        }
        finally
        {
            stop.Cancel();
            reader.Join();
        }
    }

    private static void Produce<T>(ReadInto<T> source, int batchSize, ChannelWriter<ArraySegment<T>> full, ChannelReader<T[]> spare, CancellationToken stop)
    {
        var batch = NewBatch(spare, batchSize);
        var count = 0;
        Exception? error = null;
        try
        {
            while (source(ref batch[count]))
            {
                if (++count == batchSize)
                {
                    Hand(full, new ArraySegment<T>(batch, 0, count), stop);
                    (batch, count) = (NewBatch(spare, batchSize), 0);
                }
            }
        }
        catch (Exception e)
        {
            error = e;
        }

        try
        {
            if (count > 0 && error is not OperationCanceledException)
            {
                Hand(full, new ArraySegment<T>(batch, 0, count), stop);
            }
        }
        catch (OperationCanceledException e)
        {
            error ??= e;
        }

        full.TryComplete(error);
    }

    private static T[] NewBatch<T>(ChannelReader<T[]> spare, int batchSize) => spare.TryRead(out var batch) ? batch : new T[batchSize];

    /// <summary>Hands a batch to the consumer, waiting while <see cref="BatchesAhead"/> are waiting already.</summary>
    private static void Hand<T>(ChannelWriter<ArraySegment<T>> full, ArraySegment<T> batch, CancellationToken stop)
    {
        if (!full.TryWrite(batch))
        {
            full.WriteAsync(batch, stop).AsTask().GetAwaiter().GetResult();
        }
    }
}
