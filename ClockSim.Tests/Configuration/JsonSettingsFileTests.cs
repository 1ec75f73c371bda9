using System.Text.Json;
using ClockSim.Configuration;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Configuration;

public sealed class JsonSettingsFileTests
{
    private static string ErrorOf(string json)
    {
        using var folder = new TempDirectory();
        var path = folder.Write("appsettings.json", json);
        return Assert.Throws<SettingsException>(() => JsonSettingsFile.Parse(path, "appsettings.json")).Message;
    }

    private static IReadOnlyList<KeyValuePair<string, string?>> Keys(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSettingsFile.Keys(document.RootElement, "", "x.json");
    }

    [Fact]
    public void SyntaxError_IsPlacedAsAnEditorCountsFromOne() =>
        Assert.Equal(
            "appsettings.json is not valid JSON: line 4, column 5 (near '\"').",
            ErrorOf("{\n  \"Simulation\": {\n    \"Machines\": 3\n    \"Seed\": 4\n  }\n}\n"));

    [Fact]
    public void SyntaxError_OnTheFirstLine_IsLineOne() =>
        Assert.Equal("appsettings.json is not valid JSON: line 1, column 31 (near ',').", ErrorOf("""{"Simulation": {"Machines": 3,, }}"""));

    [Fact]
    public void SyntaxError_AfterAccentedText_CountsCharactersNotBytes() =>
        Assert.Equal("appsettings.json is not valid JSON: line 1, column 18 (near '}').", ErrorOf("""{ "Title": "éé" }}"""));

    [Fact]
    public void FileThatEndsEarly_SaysWhere() =>
        Assert.StartsWith("appsettings.json is not valid JSON: line 2", ErrorOf("{ \"Simulation\": {\n"));

    [Fact]
    public void FileSavedWithAByteOrderMark_IsRead()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "appsettings.json");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.Preamble, .. """{ "Simulation": { "Machines": 4 } }"""u8.ToArray()]);

        using var document = JsonSettingsFile.Parse(path, "appsettings.json");

        Assert.Equal(4, document.RootElement.GetProperty("Simulation").GetProperty("Machines").GetInt32());
    }

    [Fact]
    public void SyntaxErrorAfterAByteOrderMark_IsPlacedFromTheFirstCharacter()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "appsettings.json");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.Preamble, .. """{ "A": 1,, }"""u8.ToArray()]);

        Assert.Equal("appsettings.json is not valid JSON: line 1, column 10 (near ',').",
            Assert.Throws<SettingsException>(() => JsonSettingsFile.Parse(path, "appsettings.json")).Message);
    }

    [Fact]
    public void FileLargerThanTheLimit_IsRefusedWithoutReadingItWhole()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(JsonSettingsFile.MaxBytes + 1);
        }

        Assert.Equal("huge.json is larger than 8 MiB, the largest settings file ClockSim reads.",
            Assert.Throws<SettingsException>(() => JsonSettingsFile.Parse(path, "huge.json")).Message);
    }

    [Fact]
    public void ListAtTheTop_IsRefused() => Assert.Equal("appsettings.json must hold one JSON object, { … }.", ErrorOf("[1, 2]"));

    [Fact]
    public void CommentsAndTrailingCommas_AreAllowedAsInAppsettings()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("a.json", "{ // the defaults\n \"Simulation\": { \"Machines\": 3, }, }");

        using var document = JsonSettingsFile.Parse(path, "a.json");

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void Keys_AreConfigurationPaths()
    {
        var keys = Keys("""{ "S": { "N": 1.50, "T": "x", "B": true, "Z": null, "E": [], "O": {}, "L": [5, { "A": 1 }] } }""");

        Assert.Equal(
            [
                new("S:N", "1.50"), new("S:T", "x"), new("S:B", "true"), new("S:Z", null), new("S:E", ""), new("S:O", null),
                new("S:L:0", "5"), new("S:L:1:A", "1"),
            ],
            keys);
    }

    [Fact]
    public void EmptyFile_HasNoKeys() => Assert.Empty(Keys("{}"));

    [Fact]
    public void SameKeyTwice_IsRefused() =>
        Assert.Equal("x.json sets S:Seed twice.", Assert.Throws<SettingsException>(() => Keys("""{ "S": { "Seed": 1, "seed": 2 } }""")).Message);
}
