using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClockSim.Model;
using MathNet.Numerics.Distributions;

namespace ClockSim.Analysis.Causality;

/// <summary>
/// Counts, from each event's Lamport clock and vector clock, the pairs of events on different machines that Lamport
/// orders and those of them that happened-before really orders. An event a of machine i happened before an event b
/// exactly when b's entry for i is at least a's tick, so the pairs (a on i, b on j) with a → b number Σ_b VC_b[i]: a
/// sum per pair of machines, kept as the events stream by. The pairs with L(a) &lt; L(b) come afterwards from each
/// machine's clocks, in sorted order, by one merge per pair of machines. Both cost (machines − 1) × events, so the
/// count is exact up to <see cref="ExactLimit"/>; above it a seeded uniform sample of <see cref="SampleSize"/> pairs is
/// drawn before the events stream by, and the share gets a 95 % Wilson interval. In the same pass it follows each event's
/// causal reach (<see cref="CausalReach"/>), within the same limit of work.
/// </summary>
internal sealed class CausalityCounter
{
    /// <summary>The largest (machines − 1) × events counted exactly: e.g. 16 machines and 20 million events.</summary>
    public const long ExactLimit = 300_000_000;

    /// <summary>Pairs drawn when the run is too large to count exactly.</summary>
    public const int SampleSize = 100_000;

    /// <summary>Above this many machines the per-pair figures are left out: there would be too many pairs to read.</summary>
    public const int MaxMachinesByPair = 32;

    private readonly int _machines;
    /// <summary>Each machine's Lamport clocks, for the exact count only.</summary>
    private readonly LamportClocks[]? _clocks;
    /// <summary>[j, i]: the pairs (a on machine i, b on machine j) with a → b, Σ_b VC_b[i]; a row per observing machine, so an event adds to one row.</summary>
    private readonly long[,]? _happenedBefore;
    private readonly PairSample? _sample;
    private readonly CausalReach _reach;

    /// <param name="eventsPerMachine">How many events each machine will have (from run.json): they decide exact or sampled.</param>
    /// <param name="seed">The seed of the sample, so the same run gives the same estimate.</param>
    /// <param name="exactLimit">The largest (machines − 1) × events counted exactly.</param>
    /// <param name="sampleSize">Pairs drawn above it.</param>
    public CausalityCounter(IReadOnlyList<long> eventsPerMachine, int seed, long exactLimit = ExactLimit, int sampleSize = SampleSize)
    {
        _machines = eventsPerMachine.Count;
        _reach = new CausalReach(eventsPerMachine, exactLimit);
        var work = (_machines - 1) * eventsPerMachine.Sum();
        if (work <= exactLimit)
        {
            _clocks = [.. eventsPerMachine.Select(_ => new LamportClocks())];
            _happenedBefore = new long[_machines, _machines];
        }
        else
        {
            _sample = new PairSample(eventsPerMachine, SeededRandom.ForStream(seed, RandomStream.CausalitySample), sampleSize);
        }
    }

    /// <summary>
    /// Takes machine <paramref name="machine"/>'s event (its <paramref name="tick"/>, from 1, at <paramref name="elapsedMs"/>
    /// on the run's clock), in each machine's tick order.
    /// </summary>
    // A whole vector per event: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Observe(int machine, long tick, double elapsedMs, long lamport, ReadOnlySpan<long> vector)
    {
        var index = machine - 1;
        _reach.Observe(index, tick, elapsedMs, vector);
        if (_happenedBefore is { } sums)
        {
            _clocks![index].Add(lamport);
            var row = MemoryMarshal.CreateSpan(ref sums[index, 0], _machines);
            for (var i = 0; i < vector.Length && i < row.Length; i++)
            {
                if (i != index)
                {
                    row[i] += vector[i];
                }
            }
        }
        else
        {
            _sample!.Observe(index, tick - 1, lamport, vector);
        }
    }

    public CausalityFigures Figures() =>
        _happenedBefore is { } sums ? ExactFigures(sums, _reach.Figures()) : _sample!.Figures(_machines <= MaxMachinesByPair, _reach.Figures());

    private CausalityFigures ExactFigures(long[,] sums, CausalReachFigures reach)
    {
        var sorted = _clocks!;
        var byPair = new List<MachinePairCausality>();
        long pairs = 0, ordered = 0, happened = 0;
        for (var i = 0; i < _machines; i++)
        {
            for (var j = i + 1; j < _machines; j++)
            {
                var pairCount = (long)sorted[i].Count * sorted[j].Count;
                var lamportOrdered = CountLess(sorted[i], sorted[j]) + CountLess(sorted[j], sorted[i]);
                var happenedBefore = Math.Min(sums[i, j] + sums[j, i], lamportOrdered);
                pairs += pairCount;
                ordered += lamportOrdered;
                happened += happenedBefore;
                if (_machines <= MaxMachinesByPair)
                {
                    byPair.Add(new MachinePairCausality(i + 1, j + 1, pairCount, lamportOrdered, happenedBefore, lamportOrdered - happenedBefore,
                        Share(lamportOrdered - happenedBefore, lamportOrdered)));
                }
            }
        }

        var share = Share(ordered - happened, ordered);
        return new CausalityFigures(true, pairs, ordered, happened, ordered - happened, share, share, share, 0, byPair, reach);
    }

    /// <summary>Pairs (a, b), a from <paramref name="first"/>, b from <paramref name="second"/>, with a &lt; b; both sorted.</summary>
    // Once per pair of machines, over both machines' events: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long CountLess(LamportClocks first, LamportClocks second)
    {
        long count = 0;
        var below = 0;
        var a = first.Sorted();
        var hasA = a.MoveNext();
        var b = second.Sorted();
        while (b.MoveNext())
        {
            while (hasA && a.Current < b.Current)
            {
                below++;
                hasA = a.MoveNext();
            }

            count += below;
        }

        return count;
    }

    internal static double Share(double part, double whole) => whole > 0 ? part / whole : double.NaN;

    /// <summary>The 95 % Wilson score interval of a share of <paramref name="successes"/> in <paramref name="trials"/>.</summary>
    internal static (double Low, double High) Wilson(long successes, long trials)
    {
        if (trials == 0)
        {
            return (double.NaN, double.NaN);
        }

        var z = Normal.InvCDF(0, 1, 0.975);
        var p = (double)successes / trials;
        var denominator = 1 + (z * z / trials);
        var centre = (p + (z * z / (2 * trials))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / trials) + (z * z / (4.0 * trials * trials))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
