namespace ClockSim.Analysis.Rules;

/// <summary>
/// How many rows each machine has had, as the pass takes the rows of all machines in time order, and how many each had at
/// or before the instants marked: a message's delay in ticks counts the receiver's rows after its send's instant. A mark
/// follows the counts while the pass is at its instant (rows of the same instant may still come) and keeps a copy of them
/// once the pass leaves it, a number per machine rather than the times of the rows.
/// </summary>
internal sealed class RowCounts(int machines)
{
    private readonly int[] _counts = new int[machines];
    private double _instant = double.NegativeInfinity;
    private Instant? _marked;

    /// <summary>Takes a row of machine <paramref name="machine"/> (from 0) at <paramref name="elapsedMs"/>.</summary>
    public void Add(int machine, double elapsedMs)
    {
        if (!(elapsedMs <= _instant))
        {
            _marked?.Keep();
            _marked = null;
            _instant = elapsedMs;
        }

        _counts[machine]++;
    }

    /// <summary>The rows each machine has at or before the instant of the latest row.</summary>
    public Instant Mark() => _marked ??= new Instant(_counts);

    /// <summary>Each machine's rows at or before one instant.</summary>
    internal sealed class Instant(int[] counts)
    {
        private int[] _counts = counts;

        /// <summary>The rows of machine <paramref name="machine"/> (from 0).</summary>
        public int Of(int machine) => _counts[machine];

        /// <summary>Copies the counts, which go on past the instant.</summary>
        public void Keep() => _counts = [.. _counts];
    }
}
