using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ClockSim.Analysis.Charts;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// summary.md as HTML for the report, so the page shows every figure, sentence and chart of the summary from the one text
/// that defines them: the title is left out (the page has its own), the charts become data: URIs, and the text is split
/// after the verdict, which the page shows at the top. Raw HTML in the text is escaped, so a CSV field quoted in a
/// violation cannot become markup.
/// </summary>
internal static class SummaryHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoIdentifiers().DisableHtml().Build();

    /// <param name="folder">The run folder, which holds the charts.</param>
    /// <returns>The opening line and the verdict, and everything after them.</returns>
    public static (string Head, string Body) Render(string markdown, string folder, IReadOnlyList<ChartFile> charts)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var chartFiles = charts.Select(c => c.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage && link.Url is { } url && chartFiles.Contains(url)))
        {
            image.Url = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(folder, image.Url!)));
        }

        var blocks = document.Where(block => block is not HeadingBlock { Level: 1 }).ToList();
        var verdict = blocks.FindIndex(block => block is HeadingBlock { Level: 2 } heading && Title(heading) == SummaryMarkdown.VerdictSection);
        var split = verdict < 0 ? 0 : blocks.FindIndex(verdict + 1, block => block is HeadingBlock { Level: 2 }) is >= 0 and var next ? next : blocks.Count;
        return (RenderBlocks(blocks[..split]), RenderBlocks(blocks[split..]));
    }

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
