using ClockSim.Analysis.Report.Html;

namespace ClockSim.Tests.Analysis.Report.Html;

public sealed class SummaryHtmlTests
{
    private const string Summary = """
        # Analysis of run x

        Three machines.

        ## Verdict

        **invalid**: `machine-1.csv line 2`: Event is '<script>alert(1)</script>'

        ## Machines

        | Machine | Ticks |
        |---|---|
        | M1 (5 ticks/s) | 3 |

        ## Charts

        ![Clock](clock.png)

        ## Network

        No message was lost.
        """;

    [Fact]
    public void Render_SplitsAfterTheVerdict_LeavesTheTitleAndTheChartsOut_AndEscapesHtmlFromTheRun()
    {
        var (head, body) = SummaryHtml.Render(Summary);

        Assert.DoesNotContain("Analysis of run x", head + body, StringComparison.Ordinal);
        Assert.Contains("<p>Three machines.</p>", head, StringComparison.Ordinal);
        Assert.Contains(">Verdict</h2>", head, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", head, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", head, StringComparison.Ordinal);
        Assert.StartsWith("<h2 id=\"machines\">Machines</h2>", body, StringComparison.Ordinal);
        Assert.Contains("<td>M1 (5 ticks/s)</td>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Charts", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", body, StringComparison.Ordinal);
        Assert.Contains(">Network</h2>\n<p>No message was lost.</p>", body, StringComparison.Ordinal);
    }
}
