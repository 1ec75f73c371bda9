using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// A run's report.html open in its own browser context, opened from its file as a reader would, with every console
/// error and every request the page made recorded, and the page's <c>window.clockSimReport</c> read back in C#.
/// </summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];

    private ReportPage(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        Page = page;
        Url = url;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
        page.Request += (_, request) => _requests.Add(request.Url);
    }

    public IPage Page { get; }

    /// <summary>The report's file: URL.</summary>
    public string Url { get; }

    public IReadOnlyList<string> ConsoleErrors => _errors;

    /// <summary>Every URL the page asked for, the report itself included.</summary>
    public IReadOnlyList<string> Requests => _requests;

    /// <summary>Opens the report of <paramref name="runFolder"/> and waits until its diagram is drawn.</summary>
    public static async Task<ReportPage> OpenAsync(IBrowser browser, string runFolder)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var url = new Uri(Path.Combine(runFolder, "report.html")).AbsoluteUri;
        var report = new ReportPage(context, await context.NewPageAsync(), url);
        await report.Page.GotoAsync(url);
        await report.Page.WaitForSelectorAsync("body[data-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await report.Page.Locator("#diagram").ScrollIntoViewIfNeededAsync();
        return report;
    }

    public Task WhenDrawnAsync() => Page.EvaluateAsync("clockSimReport.whenDrawn()");

    public async Task ShowAllAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show all" }).ClickAsync();
        await WhenDrawnAsync();
    }

    public async Task<IReadOnlyList<DrawnLane>> DrawnLanesAsync() => await EvaluateJsonAsync<DrawnLane[]>("clockSimReport.drawnLanes()");

    public async Task<IReadOnlyList<DrawnEvent>> DrawnEventsAsync() => await EvaluateJsonAsync<DrawnEvent[]>("clockSimReport.drawnEvents()");

    public async Task<IReadOnlyList<DrawnArrow>> DrawnArrowsAsync() => await EvaluateJsonAsync<DrawnArrow[]>("clockSimReport.drawnArrows()");

    public async Task<IReadOnlyList<DrawnStub>> DrawnStubsAsync() => await EvaluateJsonAsync<DrawnStub[]>("clockSimReport.drawnStubs()");

    /// <summary>Where the event's mark is drawn, in the page's viewport.</summary>
    public async Task<(float X, float Y)> PointOfAsync(EventId id)
    {
        var point = await EvaluateJsonAsync<PagePoint?>($"clockSimReport.pointOf({id.Machine}, {id.Tick})")
            ?? throw new InvalidOperationException($"The diagram does not show event {id}.");
        return ((float)point.X, (float)point.Y);
    }

    public async Task HoverAsync(EventId id)
    {
        var (x, y) = await PointOfAsync(id);
        await Page.Mouse.MoveAsync(x, y);
        await WhenDrawnAsync();
    }

    public async Task ClickAsync(EventId id)
    {
        var (x, y) = await PointOfAsync(id);
        await Page.Mouse.ClickAsync(x, y);
        await WhenDrawnAsync();
    }

    /// <summary>The tooltip's fields by their <c>data-field</c> name, e.g. <c>lamport</c> → <c>4 → 6</c>.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TooltipAsync() =>
        await Page.EvaluateAsync<Dictionary<string, string>>(
            "Object.fromEntries([...document.querySelectorAll('#tooltip:not([hidden]) dd')].map((d) => [d.dataset.field, d.textContent]))");

    public Task<string> SelectionLineAsync() => Page.Locator("#selection").InnerTextAsync();

    /// <summary>The charts of the Charts section, in the order of the page.</summary>
    public async Task<IReadOnlyList<DrawnChart>> ChartsAsync() => await EvaluateJsonAsync<DrawnChart[]>("""
        [...document.querySelectorAll('#charts figure')].map((figure) => {
          const svg = figure.querySelector('svg.chart');
          const texts = (selector) => [...figure.querySelectorAll(selector)].map((element) => element.textContent);
          return {
            id: figure.dataset.chart,
            caption: figure.querySelector('figcaption').textContent,
            role: svg.getAttribute('role'),
            label: svg.getAttribute('aria-label'),
            legend: texts('.chart-legend li'),
            lines: [...svg.querySelectorAll('path.line')].map((path) => ({
              stroke: path.getAttribute('stroke'),
              dash: path.getAttribute('stroke-dasharray'),
              width: Number(path.getAttribute('stroke-width')),
              path: path.getAttribute('d'),
            })),
            markers: [...svg.querySelectorAll('path.markers')].map((path) => ({
              count: (path.getAttribute('d').match(/M/g) ?? []).length,
              fill: path.getAttribute('fill'),
            })),
            bands: svg.querySelectorAll('.band path').length,
            bars: svg.querySelectorAll('.bars rect').length,
            xTicks: texts('.x-ticks text'),
            yTicks: texts('.y-ticks text'),
          };
        })
        """);

    /// <summary>What the report's data holds under <c>charts</c>, as the page read it; null when it holds none.</summary>
    public async Task<JsonNode?> ChartDataAsync() =>
        JsonNode.Parse(await Page.EvaluateAsync<string>("JSON.stringify(JSON.parse(document.getElementById('run-data').textContent).charts ?? null)"));

    /// <summary>Saves a section of the page (the diagram's unless told) as it is now, the tooltip included, into the test results.</summary>
    public async Task ScreenshotAsync(string name, string section = "#diagram-section")
    {
        var box = await Page.Locator(section).BoundingBoxAsync()
            ?? throw new InvalidOperationException($"The page has no {section}.");
        var scroll = await EvaluateJsonAsync<PagePoint>("({ x: window.scrollX, y: window.scrollY })");
        await Page.ScreenshotAsync(new()
        {
            Path = Screenshots.PathOf(name),
            FullPage = true,
            Clip = new() { X = box.X + (float)scroll.X, Y = box.Y + (float)scroll.Y, Width = box.Width, Height = box.Height },
        });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    /// <summary>The value of <paramref name="expression"/>, through JSON: Playwright cannot build records without a parameterless constructor.</summary>
    private async Task<T> EvaluateJsonAsync<T>(string expression) =>
        JsonSerializer.Deserialize<T>(await Page.EvaluateAsync<string>($"JSON.stringify({expression})"), JsonSerializerOptions.Web)!;

    private sealed record PagePoint(double X, double Y);
}
