using System.Runtime.CompilerServices;
using ClockSim.Model;

namespace ClockSim.Analysis.Causality;

/// <summary>
/// A seeded uniform sample of pairs of events on different machines, drawn before the events are read: a pair of
/// machines with chance proportional to the pairs of events it holds, then an event of each, uniformly. As the events
/// stream by, each sampled event keeps its Lamport clock and the one vector entry its pair needs; then each pair is
/// Lamport-ordered (clocks differ), happened-before-ordered (one's tick within the other's vector entry) or neither.
/// Given each event's <see cref="ClockStamp"/>, it keeps those too, for the comparison of the four clocks.
/// </summary>
internal sealed class PairSample
{
    private readonly long[] _events;
    private readonly Pair[] _pairs;
    private readonly Request[][] _requests;
    private readonly int[] _next;

    // A loop over every pair of machines, run once: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PairSample(IReadOnlyList<long> eventsPerMachine, SeededRandom random, int size)
    {
        _events = [.. eventsPerMachine];
        var machines = _events.Length;

        // The pairs of machines (i, j), i < j, in order, each row i starting at rowStarts[i]; the running total of their pairs of events.
        var cumulative = new double[machines * (machines - 1) / 2];
        var rowStarts = new int[machines];
        double total = 0;
        for (int i = 0, at = 0; i < machines; i++)
        {
            rowStarts[i] = at;
            for (var j = i + 1; j < machines; j++)
            {
                total += (double)_events[i] * _events[j];
                cumulative[at++] = total;
            }
        }

        _pairs = new Pair[size];
        var perMachine = new int[machines];
        for (var s = 0; s < size; s++)
        {
            var draw = random.NextDouble() * total;
            var pair = LowerBound(cumulative, draw);
            var row = Array.BinarySearch(rowStarts, pair);
            var first = row >= 0 ? row : ~row - 1;
            var second = first + 1 + (pair - rowStarts[first]);
            var a = (long)(random.NextDouble() * _events[first]);
            var b = (long)(random.NextDouble() * _events[second]);
            _pairs[s] = new Pair(first, second, a, b);
            perMachine[first]++;
            perMachine[second]++;
        }

        // Each machine's requests in the order of its events; the order of two requests for one event does not matter.
        _requests = [.. perMachine.Select(count => new Request[count])];
        Array.Clear(perMachine);
        for (var s = 0; s < size; s++)
        {
            var pair = _pairs[s];
            _requests[pair.First][perMachine[pair.First]++] = new Request(pair.FirstIndex, s, true, pair.Second);
            _requests[pair.Second][perMachine[pair.Second]++] = new Request(pair.SecondIndex, s, false, pair.First);
        }

        foreach (var requests in _requests)
        {
            Array.Sort(requests, (x, y) => x.Index.CompareTo(y.Index));
        }

        _next = new int[machines];
    }

    /// <summary>Takes event <paramref name="index"/> (from 0) of machine <paramref name="machine"/> (from 0), in each machine's order.</summary>
    public void Observe(int machine, long index, long lamport, ReadOnlySpan<long> vector, in ClockStamp stamp = default)
    {
        var requests = _requests[machine];
        ref var next = ref _next[machine];
        while (next < requests.Length && requests[next].Index <= index)
        {
            var request = requests[next++];
            if (request.Index != index || request.Other >= vector.Length)
            {
                continue;
            }

            ref var pair = ref _pairs[request.Sample];
            if (request.IsFirst)
            {
                pair.FirstClock = lamport;
                pair.FirstSeesSecond = vector[request.Other];
                pair.FirstSeen = true;
                pair.FirstStamp = stamp;
            }
            else
            {
                pair.SecondClock = lamport;
                pair.SecondSeesFirst = vector[request.Other];
                pair.SecondSeen = true;
                pair.SecondStamp = stamp;
            }
        }
    }

    public CausalityFigures Figures(bool byPair, CausalReachFigures reach)
    {
        long total = 0, ordered = 0, happened = 0;
        var perPair = new Dictionary<(int, int), (long Total, long Ordered, long Happened)>();
        foreach (var pair in _pairs.Where(p => p.FirstSeen && p.SecondSeen))
        {
            var isOrdered = pair.FirstClock != pair.SecondClock;
            var isHappened = pair.SecondSeesFirst > pair.FirstIndex || pair.FirstSeesSecond > pair.SecondIndex;
            total++;
            ordered += isOrdered ? 1 : 0;
            happened += isOrdered && isHappened ? 1 : 0;
            var key = (pair.First, pair.Second);
            var counts = perPair.GetValueOrDefault(key);
            perPair[key] = (counts.Total + 1, counts.Ordered + (isOrdered ? 1 : 0), counts.Happened + (isOrdered && isHappened ? 1 : 0));
        }

        double allPairs = 0;
        for (var i = 0; i < _events.Length; i++)
        {
            for (var j = i + 1; j < _events.Length; j++)
            {
                allPairs += (double)_events[i] * _events[j];
            }
        }

        long Scale(long count) => total == 0 ? 0 : (long)Math.Round(allPairs * count / total);
        var (low, high) = CausalityCounter.Wilson(ordered - happened, ordered);
        var pairs = byPair
            ? perPair.OrderBy(p => p.Key).Select(p => new MachinePairCausality(p.Key.Item1 + 1, p.Key.Item2 + 1,
                (long)_events[p.Key.Item1] * _events[p.Key.Item2],
                Estimate(p.Key, p.Value.Ordered, p.Value.Total), Estimate(p.Key, p.Value.Happened, p.Value.Total),
                Estimate(p.Key, p.Value.Ordered - p.Value.Happened, p.Value.Total),
                CausalityCounter.Share(p.Value.Ordered - p.Value.Happened, p.Value.Ordered))).ToList()
            : [];
        return new CausalityFigures(false, (long)allPairs, Scale(ordered), Scale(happened), Scale(ordered - happened),
            CausalityCounter.Share(ordered - happened, ordered), low, high, (int)total, pairs, reach);

        long Estimate((int First, int Second) key, long count, long sampled) =>
            (long)Math.Round((double)_events[key.First] * _events[key.Second] * count / sampled);
    }

    /// <summary>Every sampled pair whose two events were seen: their stamps, and which (if either) happened before the other.</summary>
    public IEnumerable<(ClockStamp First, ClockStamp Second, bool FirstBeforeSecond, bool SecondBeforeFirst)> SeenPairs() =>
        _pairs.Where(p => p.FirstSeen && p.SecondSeen)
            .Select(p => (p.FirstStamp, p.SecondStamp, p.SecondSeesFirst > p.FirstIndex, p.FirstSeesSecond > p.SecondIndex));

    // Once per sampled pair, over every pair of machines: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LowerBound(double[] cumulative, double draw)
    {
        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (cumulative[middle] > draw)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>Event <see cref="FirstIndex"/> of machine <see cref="First"/> and event <see cref="SecondIndex"/> of machine <see cref="Second"/>.</summary>
    private record struct Pair(int First, int Second, long FirstIndex, long SecondIndex)
    {
        public long FirstClock;
        public long SecondClock;

        /// <summary>The first event's vector entry for the second machine: the second happened before it when above the second's index.</summary>
        public long FirstSeesSecond;
        public long SecondSeesFirst;
        public bool FirstSeen;
        public bool SecondSeen;
        public ClockStamp FirstStamp;
        public ClockStamp SecondStamp;
    }

    /// <summary>Sample <see cref="Sample"/> needs event <see cref="Index"/>'s clock and its vector entry for machine <see cref="Other"/>.</summary>
    private readonly record struct Request(long Index, int Sample, bool IsFirst, int Other);
}
