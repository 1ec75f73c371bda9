using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// The project's own random generator: xoshiro256** (Blackman and Vigna), seeded through SplitMix64. The
/// algorithm is written here rather than taken from <see cref="Random"/>, whose documentation does not promise
/// the same sequence across .NET versions; with this one a seed gives the same run on any machine and any
/// release, and the tests pin its output against the published reference implementation.
/// Its per-event steps are marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the four words of state with consecutive SplitMix64 outputs, as the authors recommend.</summary>
    public SeededRandom(ulong seed)
    {
        var mixer = seed;
        _s0 = SplitMix64(ref mixer);
        _s1 = SplitMix64(ref mixer);
        _s2 = SplitMix64(ref mixer);
        _s3 = SplitMix64(ref mixer);
    }

    /// <summary>
    /// The generator of one purpose of a run: its seed mixes the run's seed, the purpose and an index (a machine
    /// id), so every machine and every purpose draws from a sequence of its own, and turning one on or off never
    /// shifts another's draws.
    /// </summary>
    public static SeededRandom ForStream(int runSeed, RandomStream stream, int index = 0)
    {
        var mixer = (ulong)(uint)runSeed;
        var runKey = SplitMix64(ref mixer);
        mixer = runKey ^ (((ulong)stream << 32) | (uint)index);
        return new SeededRandom(SplitMix64(ref mixer));
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A whole number in [0, <paramref name="maxExclusive"/>), without bias (Lemire's multiply-and-reject).</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        var high = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = (0 - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return (int)high;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int NextInt(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);
        return min + NextInt(checked(max - min + 1));
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
