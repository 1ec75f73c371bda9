using ClockSim.Recording;

namespace ClockSim.Tests.Support;

/// <summary>Asserts every rule of the model on a run folder, independently of the program's own checks.</summary>
internal static class RunRules
{
    public static void AssertValid(RunFolder run)
    {
        var machineCount = run.Manifest.Machines.Count;
        var sends = new Dictionary<string, (EventRow Row, HashSet<int> Recipients)>();
        foreach (var (id, rows) in run.Rows)
        {
            Assert.All(rows, r => Assert.Equal(id, r.Machine));
            Assert.Equal(Enumerable.Range(1, rows.Count).Select(t => (long)t), rows.Select(r => r.Tick));
            var manifest = run.Manifest.Machines.Single(m => m.Id == id);
            Assert.Equal(manifest.Ticks, rows.Count);

            long clock = 0;
            foreach (var row in rows)
            {
                Assert.True(row.LogicalClock > clock, $"machine {id} tick {row.Tick}: the clock did not advance");
                Assert.Equal(row.LogicalClock - clock, row.Jump);
                var expected = row.Event == "Receive" ? Math.Max(clock, row.MessageClock!.Value) + 1 : clock + 1;
                Assert.Equal(expected, row.LogicalClock);
                clock = row.LogicalClock;

                if (row.Event is "Send" or "SendAll")
                {
                    Assert.Equal(row.LogicalClock, row.MessageClock);
                    var recipients = row.Peer!.Split(';').Select(int.Parse).ToHashSet();
                    Assert.Equal(row.Event == "Send" ? 1 : machineCount - 1, recipients.Count);
                    sends.Add(row.MessageId!, (row, recipients));
                }
            }

            Assert.Equal(manifest.FinalClock, clock);
        }

        var received = 0;
        foreach (var (id, rows) in run.Rows)
        {
            foreach (var row in rows.Where(r => r.Event == "Receive"))
            {
                Assert.True(sends.TryGetValue(row.MessageId!, out var send), $"receive {row.MessageId} on machine {id} has no send");
                Assert.True(send.Recipients.Remove(id), $"message {row.MessageId} reached machine {id} twice or was not sent to it");
                Assert.Equal(send.Row.Machine.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Peer);
                Assert.Equal(send.Row.MessageClock, row.MessageClock);
                Assert.True(row.LogicalClock > send.Row.LogicalClock, $"message {row.MessageId}: the receive is not later than the send");
                received++;
            }
        }

        var sent = sends.Values.Sum(s => s.Row.Event == "Send" ? 1 : machineCount - 1);
        var left = run.Manifest.Machines.Sum(m => m.LeftInQueue);
        Assert.Equal(run.Manifest.Machines.Sum(m => m.Sent), sent);
        Assert.Equal(sent, received + left + run.Manifest.InFlight);
    }
}
