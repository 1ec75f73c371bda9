using ClockSim.Experiments;

namespace ClockSim.Tests.Experiments;

public sealed class GeneratedSectionsTests
{
    private const string Notebook = """
        # Notebook
        Prose before.
        <!-- generated:baseline -->
        old table
        <!-- /generated:baseline -->
        Prose between.
        <!-- generated:summary -->
        <!-- /generated:summary -->
        Prose after.
        """;

    [Fact]
    public void Fill_ReplacesOnlyTheNamedBlocks_AndKeepsTheProse()
    {
        var filled = GeneratedSections.Fill(Notebook, new Dictionary<string, string> { ["baseline"] = "| new | table |\n" }, out var missing);

        Assert.Contains("<!-- generated:baseline -->\n| new | table |\n<!-- /generated:baseline -->", filled);
        Assert.DoesNotContain("old table", filled);
        Assert.Contains("Prose before.", filled);
        Assert.Contains("Prose between.", filled);
        Assert.Contains("<!-- generated:summary -->\n<!-- /generated:summary -->", filled);
        Assert.Empty(missing);
    }

    [Fact]
    public void Fill_BlockTheDocumentLacks_IsReportedMissing()
    {
        GeneratedSections.Fill(Notebook, new Dictionary<string, string> { ["slow-vs-fast"] = "x" }, out var missing);

        Assert.Equal(["slow-vs-fast"], missing);
    }

    [Fact]
    public void Fill_Twice_GivesTheSameDocument()
    {
        var sections = new Dictionary<string, string> { ["baseline"] = "a", ["summary"] = "b" };

        var once = GeneratedSections.Fill(Notebook, sections, out _);

        Assert.Equal(once, GeneratedSections.Fill(once, sections, out _));
    }
}
