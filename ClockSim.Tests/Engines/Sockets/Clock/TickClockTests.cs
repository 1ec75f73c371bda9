using ClockSim.Engines.Sockets.Clock;
using ClockSim.Model;
using Microsoft.Extensions.Time.Testing;

namespace ClockSim.Tests.Engines.Sockets.Clock;

public sealed class TickClockTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private (TickClock Clock, FakeWaiter Waiter) CreateSut(TimeSpan oversleep = default)
    {
        var waiter = new FakeWaiter(_time, oversleep);
        return (new TickClock(_time, waiter), waiter);
    }

    [Fact]
    public void Run_PostsTickKAtStartPlusKOverRate_For10000Ticks()
    {
        var (clock, _) = CreateSut();
        var ticks = new TickRecorder(_time);
        var start = _time.GetTimestamp();

        // 10,000 / 6 s, rounded up to the 100 ns a duration holds: tick 10,000 falls at 1666.666666667 s, within it.
        var duration = TimeSpan.FromTicks((long)Math.Ceiling(10_000 / 6.0 * TimeSpan.TicksPerSecond));

        var completed = clock.Run(start, duration, [new TickTarget(new TickPlan(6, 0), ticks.Tick)], CancellationToken.None);

        Assert.True(completed);
        Assert.Equal(Enumerable.Range(1, 10_000).Select(k => (long)k), ticks.Posted.Select(p => p.Tick));
        var schedule = new TickSchedule(new TickPlan(6), start, _time.TimestampFrequency);
        Assert.All(ticks.Posted, p => Assert.Equal(schedule.DeadlineOf(p.Tick), p.Timestamp));
        Assert.InRange(TimeSpan.FromTicks(ticks.Posted[^1].Timestamp - start).TotalSeconds, 1666.666, 1666.667);
    }

    [Fact]
    public void Run_WithStartPhases_PostsTickKAtStartPlusPhasePlusKOverRate()
    {
        var (clock, _) = CreateSut();
        var early = new TickRecorder(_time);
        var late = new TickRecorder(_time);
        var start = _time.GetTimestamp();
        const long earlyPhase = 12_345_600;
        const long latePhase = 240_000_000;

        clock.Run(start, TimeSpan.FromSeconds(10.1), [new TickTarget(new TickPlan(4, earlyPhase), early.Tick), new TickTarget(new TickPlan(4, latePhase), late.Tick)], CancellationToken.None);

        // Tick k of the second machine falls at 0.24 s + k / 4: its 40th would fall at 10.24 s, after the end at 10.1 s.
        Assert.Equal(40, early.Posted.Count);
        Assert.Equal(39, late.Posted.Count);
        foreach (var (phase, recorder) in new[] { (earlyPhase, early), (latePhase, late) })
        {
            var schedule = new TickSchedule(new TickPlan(4, phase), start, _time.TimestampFrequency);
            Assert.All(recorder.Posted, p => Assert.Equal(schedule.DeadlineOf(p.Tick), p.Timestamp));
        }

        Assert.DoesNotContain(early.Posted, e => late.Posted.Any(l => l.Timestamp == e.Timestamp));
    }

    [Fact]
    public void Run_WakingLateEveryTime_KeepsTheAbsoluteSchedule()
    {
        var oversleep = TimeSpan.FromMilliseconds(4);
        var (clock, _) = CreateSut(oversleep);
        var slow = new TickRecorder(_time);
        var fast = new TickRecorder(_time);
        var start = _time.GetTimestamp();

        clock.Run(start, TimeSpan.FromSeconds(60), [new TickTarget(new TickPlan(6, 0), slow.Tick), new TickTarget(new TickPlan(100, 0), fast.Tick)], CancellationToken.None);

        Assert.Equal(360, slow.Posted.Count);
        Assert.Equal(6_000, fast.Posted.Count);
        foreach (var (rate, writer) in new[] { (6.0, slow), (100.0, fast) })
        {
            var schedule = new TickSchedule(new TickPlan(rate), start, _time.TimestampFrequency);
            Assert.All(writer.Posted, p => Assert.InRange(p.Timestamp - schedule.DeadlineOf(p.Tick), 0, oversleep.Ticks));
        }
    }

    [Fact]
    public void Run_AfterAStall_PostsTheMissedTicksAtOnceAndInOrder()
    {
        var (clock, waiter) = CreateSut();
        waiter.StallOnCall(3, TimeSpan.FromSeconds(1));
        var ticks = new TickRecorder(_time);
        var start = _time.GetTimestamp();

        clock.Run(start, TimeSpan.FromSeconds(3), [new TickTarget(new TickPlan(10, 0), ticks.Tick)], CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 30).Select(k => (long)k), ticks.Posted.Select(p => p.Tick));
        // The third wait ends 1 s late, at 1.3 s: ticks 3 to 13 are due, and go out together.
        var caughtUp = ticks.Posted.GroupBy(p => p.Timestamp).MaxBy(g => g.Count())!;
        Assert.Equal(Enumerable.Range(3, 11).Select(k => (long)k), caughtUp.Select(p => p.Tick));
    }

    [Fact]
    public void Run_EndsAtTheEndInstantEvenAfterTheLastTick()
    {
        var (clock, _) = CreateSut();
        var start = _time.GetTimestamp();

        clock.Run(start, TimeSpan.FromSeconds(2.5), [new TickTarget(new TickPlan(1, 0), new TickRecorder(_time).Tick)], CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(2.5), _time.GetElapsedTime(start, _time.GetTimestamp()));
    }

    [Fact]
    public void Run_Cancelled_ReturnsFalseAndPostsNoMore()
    {
        using var cancellation = new CancellationTokenSource();
        var (clock, waiter) = CreateSut();
        // Fake time reaches 5 s during the fifth wait, and the cancellation comes first.
        waiter.OnCall(5, cancellation.Cancel);
        var ticks = new TickRecorder(_time);

        var completed = clock.Run(_time.GetTimestamp(), TimeSpan.FromSeconds(60), [new TickTarget(new TickPlan(1, 0), ticks.Tick)], cancellation.Token);

        Assert.False(completed);
        Assert.Equal(4, ticks.Posted.Count);
    }

    /// <summary>Waits by advancing fake time, optionally later than asked, as an OS timer does.</summary>
    private sealed class FakeWaiter(FakeTimeProvider time, TimeSpan oversleep) : ITickWaiter
    {
        private readonly Dictionary<int, TimeSpan> _stalls = [];
        private readonly Dictionary<int, Action> _actions = [];
        private int _calls;

        public void StallOnCall(int call, TimeSpan stall) => _stalls[call] = stall;

        public void OnCall(int call, Action action) => _actions[call] = action;

        public void Wait(TimeSpan duration, CancellationToken cancellationToken)
        {
            _calls++;
            time.Advance(duration + oversleep + _stalls.GetValueOrDefault(_calls));
            _actions.GetValueOrDefault(_calls)?.Invoke();
        }
    }

    /// <summary>Records each tick run with the fake time at which it ran.</summary>
    private sealed class TickRecorder(TimeProvider time)
    {
        public List<(long Tick, long Timestamp)> Posted { get; } = [];

        public void Tick(long tick) => Posted.Add((tick, time.GetTimestamp()));
    }
}
