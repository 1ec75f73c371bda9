using ClockSim.Application;

namespace ClockSim.Tests.Analysis.Report;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Escape_MarkupCharacters_ReadAsWritten() =>
        Assert.Equal(@"Network:Partitions = \[{Machines: \[1\], Note: a\_b \*c\* \`d\` \<e\> f\|g \#h \\i}\]",
            MarkdownText.Escape(@"Network:Partitions = [{Machines: [1], Note: a_b *c* `d` <e> f|g #h \i}]"));

    [Fact]
    public void Escape_PlainText_IsUnchanged() => Assert.Equal("Weights:Internal = 7", MarkdownText.Escape("Weights:Internal = 7"));
}
