using ClockSim.Model;

namespace ClockSim.Tests.Model;

public sealed class SeededRandomTests
{
    /// <summary>
    /// The first outputs of the reference C code of xoshiro256** (prng.di.unimi.it), its four words of state
    /// filled with consecutive outputs of the reference SplitMix64 from the given seed. A change to the
    /// generator changes every run of every seed: this test makes it a deliberate one.
    /// </summary>
    [Theory]
    [InlineData(0UL, new[] { 0x99EC5F36CB75F2B4UL, 0xBF6E1F784956452AUL, 0x1A5F849D4933E6E0UL, 0x6AA594F1262D2D2CUL, 0xBBA5AD4A1F842E59UL })]
    [InlineData(42UL, new[] { 0x15780B2E0C2EC716UL, 0x6104D9866D113A7EUL, 0xAE17533239E499A1UL, 0xECB8AD4703B360A1UL, 0xFDE6DC7FE2EC5E64UL })]
    [InlineData(ulong.MaxValue, new[] { 0x8F5520D52A7EAD08UL, 0xC476A018CAA1802DUL, 0x81DE31C0D260469EUL, 0xBF658D7E065F3C2FUL, 0x913593FDA1BCA32AUL })]
    public void NextUInt64_MatchesTheReferenceImplementation(ulong seed, ulong[] expected)
    {
        var random = new SeededRandom(seed);

        Assert.Equal(expected, expected.Select(_ => random.NextUInt64()));
    }

    [Fact]
    public void NextDouble_IsTheTop53BitsOverTwoToThe53()
    {
        var bits = new SeededRandom(42);
        var doubles = new SeededRandom(42);

        for (var i = 0; i < 1000; i++)
        {
            var expected = (bits.NextUInt64() >> 11) / 9007199254740992.0;
            var actual = doubles.NextDouble();
            Assert.Equal(expected, actual);
            Assert.InRange(actual, 0, 0.9999999999999999);
        }
    }

    [Fact]
    public void NextInt_StaysInRangeAndDrawsEveryValueAlike()
    {
        var random = new SeededRandom(7);
        const int draws = 120_000;

        var counts = new int[6];
        for (var i = 0; i < draws; i++)
        {
            counts[random.NextInt(1, 6) - 1]++;
        }

        // Each of the six values is expected 20,000 times; 5 standard deviations either side is ±456.
        Assert.All(counts, count => Assert.InRange(count, 19_544, 20_456));
    }

    [Fact]
    public void NextInt_OfOne_IsAlwaysZero()
    {
        var random = new SeededRandom(3);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(0, random.NextInt(1)));
    }

    [Fact]
    public void ForStream_GivesEachPurposeAndMachineASequenceOfItsOwn()
    {
        ulong First(RandomStream stream, int index) => SeededRandom.ForStream(42, stream, index).NextUInt64();

        ulong[] firsts =
        [
            First(RandomStream.MachineActions, 1), First(RandomStream.MachineActions, 2), First(RandomStream.TickRates, 0),
            First(RandomStream.Network, 0), SeededRandom.ForStream(43, RandomStream.MachineActions, 1).NextUInt64(),
        ];

        Assert.Equal(firsts.Length, firsts.Distinct().Count());
        Assert.Equal(First(RandomStream.MachineActions, 1), SeededRandom.ForStream(42, RandomStream.MachineActions, 1).NextUInt64());
    }

    [Fact]
    public void ForStream_IsPinned()
    {
        // The derivation of a stream from the run's seed is part of what a seed means: pin it too (checked against the
        // same derivation written in C over the reference SplitMix64 and xoshiro256**).
        Assert.Equal(0x2040B469278A210CUL, SeededRandom.ForStream(42, RandomStream.MachineActions, 1).NextUInt64());
    }
}
