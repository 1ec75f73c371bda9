using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// summary.md as HTML for the report, so the page shows every figure, sentence and chart of the summary from the one text
/// that defines them: the title and the charts' section are left out (the page has its own title and draws the charts
/// itself), and the text is split after the verdict, which the page shows at the top. Raw HTML in the text is escaped, so a CSV field quoted in a
/// violation cannot become markup.
/// </summary>
internal static class SummaryHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().DisableHtml().Build();

    /// <returns>The opening line and the verdict, and everything after them.</returns>
    public static (string Head, string Body) Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = document.Where(block => block is not HeadingBlock { Level: 1 }).ToList();
        var charts = blocks.FindIndex(block => IsSection(block, SummaryMarkdown.ChartsSection));
        if (charts >= 0)
        {
            var after = blocks.FindIndex(charts + 1, block => block is HeadingBlock { Level: 2 });
            blocks.RemoveRange(charts, (after < 0 ? blocks.Count : after) - charts);
        }

        var verdict = blocks.FindIndex(block => IsSection(block, SummaryMarkdown.VerdictSection));
        var split = verdict < 0 ? 0 : blocks.FindIndex(verdict + 1, block => block is HeadingBlock { Level: 2 }) is >= 0 and var next ? next : blocks.Count;
        return (RenderBlocks(blocks[..split]), RenderBlocks(blocks[split..]));
    }

    private static bool IsSection(Block block, string title) => block is HeadingBlock { Level: 2 } heading && Title(heading) == title;

    private static string Title(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));

    private static string RenderBlocks(IEnumerable<Block> blocks)
    {
        using var text = new StringWriter();
        var renderer = new HtmlRenderer(text);
        Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        renderer.Writer.Flush();
        return text.ToString();
    }
}
