using System.Net;
using ClockSim.Engines.Sockets.Wire;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Engines.Sockets.Wire;

public sealed class RefusalLogTests
{
    private static readonly IPEndPoint Stranger = new(IPAddress.Loopback, 40000);

    [Fact]
    public async Task Refuse_FromManyThreads_WarnsOfTheFirstFewAndCountsTheRest()
    {
        var warnings = new LogSignal("refused a connection");
        var log = new RefusalLog(warnings.CreateLogger("test"), shown: 5);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(machine => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                log.Refuse(machine, Stranger, new InvalidFrameException("not a hello"), TimeSpan.FromSeconds(5));
            }
        })));

        Assert.Equal(5, warnings.Count);
        Assert.Equal(2000, log.Refused);
        Assert.Equal(1995, log.NotShown);
    }

    [Fact]
    public void LogNotShown_SaysHowManyWereNotShown_AndNothingWhenAllWere()
    {
        var summary = new LogSignal("more refused connections were not shown");
        var log = new RefusalLog(summary.CreateLogger("test"), shown: 2);
        log.Refuse(1, null, new TimeoutException(), TimeSpan.FromSeconds(5));
        log.Refuse(1, null, new TimeoutException(), TimeSpan.FromSeconds(5));

        log.LogNotShown();
        Assert.Equal(0, summary.Count);

        log.Refuse(2, Stranger, new TimeoutException(), TimeSpan.FromSeconds(5));
        log.LogNotShown();
        Assert.Equal(1, summary.Count);
        Assert.Equal(1, log.NotShown);
    }
}
