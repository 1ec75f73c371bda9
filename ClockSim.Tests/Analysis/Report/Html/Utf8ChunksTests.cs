using System.Text;
using System.Text.Json;
using ClockSim.Analysis.Report.Html;

namespace ClockSim.Tests.Analysis.Report.Html;

public sealed class Utf8ChunksTests
{
    private static string Written(Utf8Chunks chunks)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            chunks.WriteTo(json, "text");
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Utf8Chunks Numbers(SpillFile? spill, int count)
    {
        var chunks = new Utf8Chunks(spill, (byte)'[');
        for (var i = 0; i < count; i++)
        {
            chunks.Append(i == 0 ? ""u8 : ","u8);
            chunks.Append(i * 7919L);
        }

        chunks.Append((byte)']');
        return chunks;
    }

    [Fact]
    public void WriteTo_TextLongerThanManyChunks_WritesTheSameWithASpillFileAsInMemory()
    {
        // About 800 kB of text: a dozen full chunks go to the spill file, the rest stays in memory.
        using var spill = new SpillFile();

        var spilled = Written(Numbers(spill, 100_000));

        Assert.Equal(Written(Numbers(null, 100_000)), spilled);
        Assert.StartsWith("{\"text\":[0,7919,15838,", spilled, StringComparison.Ordinal);
        Assert.EndsWith($",{99_999 * 7919L}]}}", spilled, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_TwoColumnsSharingASpillFile_EachKeepsItsOwnText()
    {
        using var spill = new SpillFile();
        var first = Numbers(spill, 50_000);
        var second = new Utf8Chunks(spill, (byte)'"');
        for (var i = 0; i < 300_000; i++)
        {
            second.Append((byte)('0' + i % 10));
        }

        second.Append((byte)'"');

        Assert.Equal(Written(Numbers(null, 50_000)), Written(first));
        var text = JsonDocument.Parse(Written(second)).RootElement.GetProperty("text").GetString()!;
        Assert.Equal(300_000, text.Length);
        Assert.Equal(string.Concat(Enumerable.Range(0, 30_000).Select(_ => "0123456789")), text);
    }

    [Fact]
    public void Clear_AfterSpilling_ForgetsTheSpilledText()
    {
        using var spill = new SpillFile();
        var chunks = Numbers(spill, 100_000);

        chunks.Clear();
        chunks.Append("[1]"u8);

        Assert.Equal("{\"text\":[1]}", Written(chunks));
    }
}
