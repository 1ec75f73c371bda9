using ClockSim.Engines.Sockets;
using ClockSim.Model;
using ClockSim.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ClockSim.Tests.Engines.Sockets;

public sealed class DelayLineTests
{
    private readonly FakeTimeProvider _time = new();

    private static Message Message(long sequence) => new(Sender: 1, sequence, Clock: sequence, SentTimestamp: 0) { Vector = new long[] { sequence, 0 } };

    private long In(int milliseconds) => _time.GetTimestamp() + (milliseconds * _time.TimestampFrequency / 1000);

    [Fact]
    public async Task Hold_ReleasesEachMessageAtItsInstant_NeverBefore()
    {
        using var line = new DelayLine(_time);
        var inbox = new ChannelInbox();
        line.Hold(2, inbox, Message(1), In(30));
        line.Hold(2, inbox, Message(2), In(10));
        line.Hold(2, inbox, Message(3), In(20));

        _time.Advance(TimeSpan.FromMilliseconds(15));
        await SimulationHarness.WaitUntilAsync(() => inbox.Count == 1, TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromMilliseconds(10));
        await SimulationHarness.WaitUntilAsync(() => inbox.Count == 2, TimeSpan.FromSeconds(10));

        Assert.Equal([2L, 3L], inbox.TakeRemaining().Select(m => m.Sequence));
        line.Stop(_time.GetTimestamp());
        var inFlight = line.InFlight;
        Assert.Equal(1, Assert.Single(inFlight).Message.Sequence);
    }

    [Fact]
    public void Stop_DeliversWhatWasDueByTheEnd_AndReturnsTheRest()
    {
        using var line = new DelayLine(_time);
        var inbox = new ChannelInbox();
        var end = In(40);
        line.Hold(3, inbox, Message(1), In(40));
        line.Hold(3, inbox, Message(2), In(41));

        line.Stop(end);
        var inFlight = line.InFlight;

        Assert.Equal([1L], inbox.TakeRemaining().Select(m => m.Sequence));
        var held = Assert.Single(inFlight);
        Assert.Equal((3, 2L), (held.Recipient, held.Message.Sequence));
    }

    [Fact]
    public async Task AfterTheEnd_AMessageDueLaterStaysHeld_HoweverLateTheLineIsStopped()
    {
        using var line = new DelayLine(_time);
        var inbox = new ChannelInbox();
        line.Hold(2, inbox, Message(1), In(10));
        line.Hold(2, inbox, Message(2), In(30));
        var end = In(20);
        line.EndAt(end);

        _time.Advance(TimeSpan.FromMilliseconds(40));
        await SimulationHarness.WaitUntilAsync(() => inbox.Count == 1, TimeSpan.FromSeconds(10));
        line.Stop(end);
        var inFlight = line.InFlight;

        Assert.Equal([1L], inbox.TakeRemaining().Select(m => m.Sequence));
        Assert.Equal(2, Assert.Single(inFlight).Message.Sequence);
    }

    [Fact]
    public void Hold_AfterStopAndDispose_NeitherThrowsNorLosesTheMessage()
    {
        var line = new DelayLine(_time);
        var inbox = new ChannelInbox();
        line.Hold(2, inbox, Message(1), In(10));
        line.Stop(In(5));
        line.Dispose();

        line.Hold(2, inbox, Message(2), In(1));

        // Due before the end or not, a message held once the line stopped is in flight: the queues are already counted.
        Assert.Equal(0, inbox.Count);
        Assert.Equal([1L, 2L], line.InFlight.Select(held => held.Message.Sequence));
        Assert.All(line.InFlight, held => Assert.Equal(2, held.Recipient));
    }
}
