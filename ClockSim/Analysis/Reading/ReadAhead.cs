using System.Threading.Channels;

namespace ClockSim.Analysis.Reading;

/// <summary>
/// Runs a sequence a few batches ahead of its consumer, on a thread of its own: while the analysis takes in one batch of
/// rows, the files are read and parsed for the next, so the two halves of the pass run on two cores. The items come in
/// the same order; an exception of the source reaches the consumer after the items before it; at most a few batches
/// wait at any time, and their arrays are used again. The thread is the sequence's own, not the thread pool's, so
/// analyses that run side by side (a sweep's) never wait for the pool to grow.
/// </summary>
internal static class ReadAhead
{
    /// <summary>Batches read and not yet taken, at most.</summary>
    private const int BatchesAhead = 2;

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize, CancellationToken cancellationToken)
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
                    foreach (var item in batch)
                    {
                        yield return item;
                    }

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

    private static void Produce<T>(IEnumerable<T> source, int batchSize, ChannelWriter<ArraySegment<T>> full, ChannelReader<T[]> spare, CancellationToken stop)
    {
        var batch = NewBatch(spare, batchSize);
        var count = 0;
        Exception? error = null;
        try
        {
            foreach (var item in source)
            {
                batch[count++] = item;
                if (count == batchSize)
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
