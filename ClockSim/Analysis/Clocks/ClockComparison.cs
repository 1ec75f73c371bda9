using System.Runtime.InteropServices;
using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Rules;
using ClockSim.Model;
using static System.FormattableString;
using ClockSim.Recording;

namespace ClockSim.Analysis.Clocks;

/// <summary>
/// Compares the four clocks of a run as its events stream by, in each machine's order: the physical reading, Lamport's
/// clock, the vector clock (which defines happened-before) and the hybrid logical clock, each against happened-before
/// and true time. Up to <see cref="ExactPairs"/> pairs of events on different machines it keeps every event and
/// compares every pair; above, the same seeded sample of pairs the causality count draws
/// (<see cref="PairSample"/>). It also keeps ε, the hybrid clock's largest lead and counter, and the messages the
/// machines' clocks stamp received before sent; and it checks <see cref="RuleKind.HlcCausality"/> on the pairs and
/// <see cref="RuleKind.HlcBound"/> on every event.
/// </summary>
internal sealed class ClockComparison
{
    /// <summary>The most pairs compared one by one; a default run (3 machines, 60 s) has about 130,000.</summary>
    public const long ExactPairs = 5_000_000;

    private readonly List<ClockStamp>[]? _stamps;
    private readonly List<long[]>[]? _vectors;
    private readonly PairSample? _sample;
    private readonly (long Ahead, int Line)[] _largestAhead;
    private long _lowestOffset = long.MaxValue;
    private long _highestOffset = long.MinValue;
    private long _physicalDistance;
    private long _hlcDistance;
    private long _maxCounter;
    private long _messages;
    private long _receivedBeforeSent;

    /// <param name="eventsPerMachine">How many events each machine will have: they decide every pair or a sample.</param>
    /// <param name="seed">The seed of the sample: the causality count's.</param>
    public ClockComparison(IReadOnlyList<long> eventsPerMachine, int seed)
    {
        double pairs = 0;
        for (var i = 0; i < eventsPerMachine.Count; i++)
        {
            for (var j = i + 1; j < eventsPerMachine.Count; j++)
            {
                pairs += (double)eventsPerMachine[i] * eventsPerMachine[j];
            }
        }

        if (pairs <= ExactPairs)
        {
            _stamps = [.. eventsPerMachine.Select(_ => new List<ClockStamp>())];
            _vectors = [.. eventsPerMachine.Select(_ => new List<long[]>())];
        }
        else
        {
            _sample = new PairSample(eventsPerMachine, SeededRandom.ForStream(seed, RandomStream.CausalitySample), CausalityCounter.SampleSize);
        }

        _largestAhead = [.. eventsPerMachine.Select(_ => (long.MinValue, 0))];
    }

    /// <summary>Takes event <paramref name="index"/> (from 0) of its machine, in the machine's order, with its vector clock.</summary>
    public void Observe(long index, in ClockStamp stamp, ReadOnlySpan<long> vector)
    {
        var machine = stamp.Machine - 1;
        if (_stamps is not null)
        {
            _stamps[machine].Add(stamp);
            _vectors![machine].Add(vector.ToArray());
        }
        else
        {
            _sample!.Observe(machine, index, stamp.Lamport, vector, stamp);
        }

        var offset = stamp.PhysicalNs - stamp.TrueNs;
        _lowestOffset = Math.Min(_lowestOffset, offset);
        _highestOffset = Math.Max(_highestOffset, offset);
        _physicalDistance = Math.Max(_physicalDistance, Math.Abs(offset));
        _hlcDistance = Math.Max(_hlcDistance, Math.Abs(stamp.Hlc.L - stamp.TrueNs));
        _maxCounter = Math.Max(_maxCounter, stamp.Hlc.C);
        var ahead = stamp.Hlc.L - stamp.PhysicalNs;
        if (ahead > _largestAhead[machine].Ahead)
        {
            _largestAhead[machine] = (ahead, stamp.Line);
        }
    }

    /// <summary>A message received: its send and its receive as the two machines' own clocks stamped them.</summary>
    public void Message(long sendPhysicalNs, long receivePhysicalNs)
    {
        _messages++;
        if (receivePhysicalNs < sendPhysicalNs)
        {
            _receivedBeforeSent++;
        }
    }

    /// <summary>
    /// The figures, once every event is in; with a <paramref name="verdict"/>, the checks of the pairs (HlcCausality) and
    /// of every machine's largest lead (HlcBound), each violation at its line of <paramref name="files"/> (machine i at i − 1).
    /// </summary>
    public ClockFigures Figures(long resolutionNs, SyncFigures? sync, IReadOnlyList<string> files, Verdict? verdict)
    {
        var tally = new Tally();
        if (_sample is not null)
        {
            foreach (var (first, second, firstBefore, secondBefore) in _sample.SeenPairs())
            {
                Take(first, second, firstBefore, secondBefore);
            }
        }
        else
        {
            // Every pair of events on two machines, in plain loops: an iterator copied both stamps for every pair.
            for (var i = 0; i < _stamps!.Length; i++)
            {
                var stampsOfI = CollectionsMarshal.AsSpan(_stamps[i]);
                var vectorsOfI = CollectionsMarshal.AsSpan(_vectors![i]);
                for (var j = i + 1; j < _stamps.Length; j++)
                {
                    var stampsOfJ = CollectionsMarshal.AsSpan(_stamps[j]);
                    var vectorsOfJ = CollectionsMarshal.AsSpan(_vectors[j]);
                    for (var a = 0; a < stampsOfI.Length; a++)
                    {
                        var seenOfJ = vectorsOfI[a][j];
                        for (var b = 0; b < stampsOfJ.Length; b++)
                        {
                            // a → b when b has seen a's tick (a + 1) of machine i; b → a likewise.
                            Take(stampsOfI[a], stampsOfJ[b], vectorsOfJ[b][i] > a, seenOfJ > b);
                        }
                    }
                }
            }
        }

        void Take(in ClockStamp first, in ClockStamp second, bool firstBefore, bool secondBefore)
        {
            tally.Add(first, second, firstBefore, secondBefore);
            if (verdict is not null && (firstBefore || secondBefore))
            {
                var (cause, effect) = firstBefore ? (first, second) : (second, first);
                if (!(cause.Hlc < effect.Hlc))
                {
                    verdict.Add(RuleKind.HlcCausality, new FileLine(files[effect.Machine - 1], effect.Line),
                        $"the event happened after {new FileLine(files[cause.Machine - 1], cause.Line)}, but its HLC {effect.Hlc} is not above that event's {cause.Hlc}");
                }
            }
        }

        var any = _highestOffset >= _lowestOffset;
        var skew = any ? _highestOffset - _lowestOffset : 0;
        var largestAhead = _largestAhead.Max(a => a.Ahead);
        if (verdict is not null)
        {
            for (var i = 0; i < _largestAhead.Length; i++)
            {
                var (ahead, line) = _largestAhead[i];
                if (ahead > skew + resolutionNs)
                {
                    verdict.Add(RuleKind.HlcBound, new FileLine(files[i], line), Invariant(
                        $"the HLC's l is {ClockReading.Format(ahead)} ms ahead of PhysicalMs, more than ε = {ClockReading.Format(skew)} ms (the largest offset between two machines' clocks observed) plus one resolution step of {ClockReading.Format(resolutionNs)} ms"));
                }
            }
        }

        return new ClockFigures(
            _stamps is not null,
            tally.Pairs,
            tally.HappenedBefore,
            [
                tally.Row("Physical", 0, ClockReading.Milliseconds(_physicalDistance)),
                tally.Row("Lamport", 1, double.NaN),
                tally.Row("Vector", 2, double.NaN),
                tally.Row("HLC", 3, ClockReading.Milliseconds(_hlcDistance)),
            ],
            _messages,
            _receivedBeforeSent,
            ClockReading.Milliseconds(skew),
            ClockReading.Milliseconds(resolutionNs),
            any ? ClockReading.Milliseconds(largestAhead) : 0,
            _maxCounter,
            sync);
    }

    /// <summary>Each clock's counts over the pairs: 0 physical, 1 Lamport, 2 vector, 3 hybrid.</summary>
    private sealed class Tally
    {
        private readonly long[] _wrong = new long[4];
        private readonly long[] _ordered = new long[4];
        private readonly long[] _invented = new long[4];

        public long Pairs { get; private set; }

        public long HappenedBefore { get; private set; }

        public void Add(in ClockStamp first, in ClockStamp second, bool firstBefore, bool secondBefore)
        {
            Pairs++;
            var related = firstBefore || secondBefore;
            if (related)
            {
                HappenedBefore++;
            }

            // Each clock: the sign of second minus first. The vector clock orders exactly the related pairs.
            Span<int> order =
            [
                second.PhysicalNs.CompareTo(first.PhysicalNs),
                second.Lamport.CompareTo(first.Lamport),
                firstBefore ? 1 : secondBefore ? -1 : 0,
                second.Hlc.CompareTo(first.Hlc),
            ];
            for (var k = 0; k < order.Length; k++)
            {
                var sign = Math.Sign(order[k]);
                if (sign != 0)
                {
                    _ordered[k]++;
                    if (!related)
                    {
                        _invented[k]++;
                    }
                }

                if ((firstBefore && sign < 0) || (secondBefore && sign > 0))
                {
                    _wrong[k]++;
                }
            }
        }

        public ClockRow Row(string clock, int k, double largestDistanceMs) => new(
            clock, _wrong[k], Share(_wrong[k], HappenedBefore), _ordered[k], _invented[k], Share(_invented[k], _ordered[k]), largestDistanceMs);

        private static double Share(long part, long whole) => whole > 0 ? (double)part / whole : double.NaN;
    }
}
