using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClockSim.Analysis.Report.Html;
using ClockSim.Tests.Support;
using ClockSim.Recording;

namespace ClockSim.Tests.Analysis.Report.Html;

public sealed class MachineColumnsTests
{
    private static JsonNode Columns(string folder, int machine, PeerSetTable peers, int machines = 3)
    {
        var columns = new MachineColumns(machine, machines, peers, null);
        foreach (var row in EventCsvReader.Events(Path.Combine(folder, $"machine-{machine}.csv")))
        {
            columns.Add(row);
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            columns.WriteTo(json);
        }

        return JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!;
    }

    private static long?[] Numbers(JsonNode node) => [.. node.AsArray().Select(value => value?.GetValue<long>())];

    [Fact]
    public void WriteTo_MachineOneOfTheValidRun_WritesEachColumnAsTheDifferenceFromWhatTheRowBeforeImplies()
    {
        using var run = TestRunFolder.ValidRun();

        var columns = Columns(run.Write(), 1, new PeerSetTable());

        Assert.Equal(5, columns["rows"]!.GetValue<int>());
        Assert.Equal([1, 1, 1, 1, 1], Numbers(columns["tick"]!));
        Assert.Equal([100_000, 100_000, 100_000, 150_000, 50_000], Numbers(columns["time"]!));
        Assert.Equal("31303", columns["kind"]!.GetValue<string>());
        Assert.Equal([1, 1, 1, 2, 1], Numbers(columns["clock"]!));
        Assert.Equal([1, 1, 1, 2, 1], Numbers(columns["jump"]!));
        Assert.Equal([0, 0, 0, 0, 0], Numbers(columns["queue"]!));
        // The send (row 1): to M2, message 1-1 carrying its own clock; the receive (row 3): from M2, message 2-1 carrying 4 to a clock of 5.
        Assert.Equal([2, 2, 1, 1, 0, 2, 2, 2, 1, 1], Numbers(columns["message"]!));
        // Only the receive changes an entry beyond the machine's own tick: entry 1 (M2's) rises by 3.
        Assert.Equal([0, 0, 0, 1, 1, 3, 0], Numbers(columns["vector"]!));
    }

    [Fact]
    public void WriteTo_SendToAll_CodesItsRecipientsAsAShareableSet()
    {
        using var run = TestRunFolder.ValidRun();
        var peers = new PeerSetTable();

        var columns = Columns(run.Write(), 2, peers);

        Assert.Equal(["1;3"], peers.Sets);
        // The receive (row 1) of message 1-1 from M1, which carried 2 to a clock of 3; the send to all (row 2) to peer set 0.
        Assert.Equal([2, 1, 1, 1, 1, 1, -1, 2, 1, 0], Numbers(columns["message"]!));
    }

    [Fact]
    public void WriteTo_RowsWithoutVectorClocks_LeavesTheVectorColumnOut()
    {
        using var run = new TestRunFolder(1, 1);
        run.Internal(1, 100, clock: 1);
        run.Internal(2, 100, clock: 1);

        var columns = Columns(run.Write(), 1, new PeerSetTable(), machines: 2);

        Assert.Null(columns["vector"]);
        Assert.Equal([1], Numbers(columns["clock"]!));
    }
}
