using System.Text;
using ClockSim.Model;

namespace ClockSim.Tests.Model;

/// <summary>
/// The hybrid logical clock's rules (Kulkarni, Demirbas et al. 2014) against values worked out by hand. Readings are in
/// whole units here, as the paper draws them; the program's unit is the nanosecond, which changes nothing in the rules.
/// </summary>
public sealed class HybridLogicalClockTests
{
    private static readonly HlcTimestamp PaperStart = new(0, 0);

    [Theory]
    [InlineData(5, 2, 9, 9, 0)]   // the reading passed l: l takes it and c starts again at 0
    [InlineData(5, 2, 5, 5, 3)]   // the reading equals l: l is unchanged, c counts on
    [InlineData(5, 2, 3, 5, 3)]   // the reading is behind l (a clock set back, or one that heard of a faster one): c counts on
    public void LocalRule_TakesTheLargerOfLAndTheReading(long l, long c, long reading, long expectedL, long expectedC) =>
        Assert.Equal(new HlcTimestamp(expectedL, expectedC), HybridLogicalClock.LocalRule(new HlcTimestamp(l, c), reading));

    [Theory]
    [InlineData(5, 2, 5, 7, 5, 5, 8)]    // l, l_m and the reading all equal: max(c, c_m) + 1
    [InlineData(5, 2, 4, 7, 3, 5, 3)]    // the old l is the largest: c + 1
    [InlineData(4, 2, 5, 7, 3, 5, 8)]    // l_m is the largest: c_m + 1
    [InlineData(4, 2, 5, 7, 6, 6, 0)]    // the reading is the largest: 0
    [InlineData(5, 9, 5, 1, 3, 5, 10)]   // l = l_m, the reading behind: max(9, 1) + 1
    public void ReceiveRule_TakesCFromWhicheverWasLargest(long l, long c, long lm, long cm, long reading, long expectedL, long expectedC) =>
        Assert.Equal(
            new HlcTimestamp(expectedL, expectedC),
            HybridLogicalClock.ReceiveRule(new HlcTimestamp(l, c), new HlcTimestamp(lm, cm), reading));

    [Fact]
    public void MessageFromAClockAhead_KeepsLAndCountsHopsUntilTheReadingsCatchUp()
    {
        // The situation the paper's example draws: a machine whose clock reads 10 sends to a chain of machines whose
        // clocks read 1, 2 and 3. l stays at 10, the clock that is ahead, so no one's l runs away from the physical
        // clocks; c counts the events that share that l; once a machine's own reading passes 10, c falls back to 0.
        var first = new HybridLogicalClock();
        var second = new HybridLogicalClock();
        var third = new HybridLogicalClock();
        var fourth = new HybridLogicalClock();
        Start(first, second, third, fourth);

        var sent = first.Local(10);
        Assert.Equal(new HlcTimestamp(10, 0), sent);
        Assert.Equal(new HlcTimestamp(10, 1), second.Receive(sent, 1));
        Assert.Equal(new HlcTimestamp(10, 2), second.Local(2));
        Assert.Equal(new HlcTimestamp(10, 3), third.Receive(second.Value, 2));
        Assert.Equal(new HlcTimestamp(10, 4), fourth.Receive(third.Value, 3));
        Assert.Equal(new HlcTimestamp(10, 5), fourth.Local(10));
        Assert.Equal(new HlcTimestamp(11, 0), fourth.Local(11));

        // A machine that never heard of the fast clock keeps its own readings.
        Assert.Equal(new HlcTimestamp(4, 0), new HybridLogicalClock().Local(4));
    }

    [Fact]
    public void HappenedBefore_ImpliesHlcOrder_AlongAChainWithReadingsGoingBackwards()
    {
        // Readings that go backwards (a synchronisation set a clock back) still give rising HLCs along every chain.
        var a = new HybridLogicalClock();
        var b = new HybridLogicalClock();
        var stamps = new List<HlcTimestamp> { a.Local(50), a.Local(20) };
        stamps.Add(b.Receive(a.Value, 5));
        stamps.Add(b.Local(49));
        stamps.Add(a.Receive(b.Value, 60));
        stamps.Add(a.Local(30));

        Assert.Equal(
            [new(50, 0), new(50, 1), new(50, 2), new(50, 3), new(60, 0), new(60, 1)],
            stamps);
        Assert.True(stamps.Zip(stamps.Skip(1)).All(pair => pair.First < pair.Second));
    }

    [Fact]
    public void FirstEvent_TakesItsOwnReading_EvenWhenItIsNegative()
    {
        // A clock set 40 units behind true time reads -37 at true time 3: its first event is stamped with that reading,
        // not with an l of 0 that would put it 37 units ahead of its own clock.
        Assert.Equal(new HlcTimestamp(-37, 0), new HybridLogicalClock().Local(-37));
        Assert.Equal(new HlcTimestamp(-37, 0), HybridLogicalClock.LocalRule(HlcTimestamp.BeforeFirstEvent, -37));
        Assert.Equal(new HlcTimestamp(0, 1), HybridLogicalClock.LocalRule(PaperStart, -37));
    }

    [Theory]
    [InlineData(1_250_004_000L, 2L, "1250.004:2")]
    [InlineData(-12_500_000L, 3L, "-12.5:3")]
    [InlineData(1L, 0L, "0.000001:0")]
    [InlineData(0L, 0L, "0:0")]
    public void Text_IsLInMillisecondsAndC_AndReadsBack(long l, long c, string text)
    {
        var value = new HlcTimestamp(l, c);

        Assert.Equal(text, value.ToString());
        Assert.True(HlcTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("12:")]
    [InlineData(":3")]
    [InlineData("12:-1")]
    [InlineData("12:1.5")]
    [InlineData("0.0000001:0")]
    [InlineData("1e3:0")]
    [InlineData("12:3:4")]
    public void TryParse_RefusesWhatIsNotLColonC(string text) =>
        Assert.False(HlcTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Comparison_IsLThenC() =>
        Assert.True(new HlcTimestamp(5, 9) < new HlcTimestamp(6, 0) && new HlcTimestamp(6, 0) < new HlcTimestamp(6, 1));

    private static void Start(params HybridLogicalClock[] clocks) =>
        Assert.All(clocks, clock => Assert.Equal(HlcTimestamp.BeforeFirstEvent, clock.Value));
}
