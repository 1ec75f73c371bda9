using ClockSim.Analysis;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Tests.Support;
using Deque.AxeCore.Playwright;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>The report of a pinned run, opened from its file in headless Chromium, held against the run's CSVs.</summary>
public sealed class ReportPageTests(ReportBrowserFixture fixture) : IClassFixture<ReportBrowserFixture>
{
    private CsvRun Csv => CsvRun.Read(fixture.RunFolder);

    [BrowserFact]
    public async Task Report_OpenedFromItsFile_LogsNoErrorAndRequestsNothingElse()
    {
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);
        await page.ShowAllAsync();
        await page.ScreenshotAsync(nameof(Report_OpenedFromItsFile_LogsNoErrorAndRequestsNothingElse));

        Assert.Empty(page.ConsoleErrors);
        Assert.Equal([page.Url], page.Requests);
    }

    [BrowserFact]
    public async Task Report_BreaksNoRuleOfTheAxeAccessibilityChecks()
    {
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);

        var result = await page.Page.RunAxe();

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} elements)")));
    }

    [BrowserFact]
    public async Task Diagram_ShowingTheWholeRun_DrawsALanePerMachineAMarkPerRowAndAnArrowPerReceive()
    {
        var csv = Csv;
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);

        await page.ShowAllAsync();
        await page.ScreenshotAsync(nameof(Diagram_ShowingTheWholeRun_DrawsALanePerMachineAMarkPerRowAndAnArrowPerReceive));

        Assert.Equal(csv.Labels, (await page.DrawnLanesAsync()).Select(lane => lane.Label));
        var events = await page.DrawnEventsAsync();
        Assert.Equal(
            csv.Rows.Select(row => (row.Machine, row.Tick, row.Kind.ToString(), row.LogicalClock)).Order(),
            events.Select(e => (e.Machine, e.Tick, e.Kind, e.Lamport)).Order());
        var arrows = await page.DrawnArrowsAsync();
        Assert.Equal(csv.Rows.Count(row => row.Kind == EventKind.Receive), arrows.Count);
        Assert.Equal(csv.Messages().OrderBy(ByReceive), arrows.OrderBy(ByReceive));
    }

    [BrowserFact]
    public async Task HoveringAnEvent_ShowsItsClocksAsTheCsvHasThem()
    {
        var csv = Csv;
        var rows = csv.Rows.ToList();
        MachineEvent[] chosen =
        [
            rows.Where(row => row.Kind == EventKind.Receive).MaxBy(row => row.Jump),
            rows.First(row => row.Kind == EventKind.SendAll),
            rows.Last(row => row.Kind == EventKind.Internal),
        ];
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);
        await page.ShowAllAsync();

        foreach (var row in chosen)
        {
            await page.HoverAsync(CsvRun.IdOf(row));
            var tooltip = await page.TooltipAsync();

            Assert.Equal(row.Tick.ToString(), tooltip["tick"]);
            Assert.Equal(row.Kind.ToString(), tooltip["kind"]);
            Assert.Equal($"{row.LogicalClock - row.Jump} → {row.LogicalClock}", tooltip["lamport"]);
            Assert.Equal(row.Jump.ToString(), tooltip["jump"]);
            Assert.Equal(VectorClockText.Format(row.Vector.Span), tooltip["vector"]);
            Assert.Equal(row.QueueLength.ToString(), tooltip["queue"]);
            Assert.Equal(row.Message.IsNone ? null : row.Message.ToString(), tooltip.GetValueOrDefault("message"));
            Assert.Equal(row.MessageClock?.ToString(), tooltip.GetValueOrDefault("carried"));
            Assert.Equal(
                row.Peers.Count == 0 ? null : string.Join(", ", row.Peers.ToString().Split(';').Select(id => csv.Labels[int.Parse(id) - 1])),
                tooltip.GetValueOrDefault("peer"));
        }

        await page.ScreenshotAsync(nameof(HoveringAnEvent_ShowsItsClocksAsTheCsvHasThem));
    }

    [BrowserFact]
    public async Task ClickingAnEvent_HighlightsExactlyItsCausalPastAndFuture_AndASecondClickClears()
    {
        var csv = Csv;
        var selected = csv.Machines[1].Where(row => row.Kind == EventKind.Receive).ElementAt(20);
        var expected = csv.Rows.ToDictionary(CsvRun.IdOf, row => CsvRun.RelationTo(selected, row));
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);
        await page.ShowAllAsync();

        await page.ClickAsync(CsvRun.IdOf(selected));
        await page.ScreenshotAsync(nameof(ClickingAnEvent_HighlightsExactlyItsCausalPastAndFuture_AndASecondClickClears));

        var drawn = await page.DrawnEventsAsync();
        Assert.Equal(expected.Count, drawn.Count);
        Assert.All(drawn, e => Assert.True(expected[e.Id] == e.Relation, $"{e.Id} is drawn {e.Relation}, expected {expected[e.Id]}"));
        Assert.Contains($"Causal past: {expected.Values.Count(r => r == "past")} events", await page.SelectionLineAsync(), StringComparison.Ordinal);
        Assert.Contains($"causal future: {expected.Values.Count(r => r == "future")} events", await page.SelectionLineAsync(), StringComparison.Ordinal);
        Assert.Contains(expected.Values, r => r == "concurrent");

        await page.ClickAsync(CsvRun.IdOf(selected));

        Assert.All(await page.DrawnEventsAsync(), e => Assert.Equal("none", e.Relation));
    }

    [BrowserFact]
    public async Task AxisSwitch_PlacesEveryEventAtItsLamportClock_AndBackAtItsRealTime()
    {
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);
        await page.ShowAllAsync();
        var byTime = await page.DrawnEventsAsync();

        await page.Page.GetByLabel("Lamport clock", new() { Exact = true }).CheckAsync();
        await page.ShowAllAsync();
        await page.ScreenshotAsync(nameof(AxisSwitch_PlacesEveryEventAtItsLamportClock_AndBackAtItsRealTime));
        var byLamport = await page.DrawnEventsAsync();

        AssertOrderedBy(byTime, e => e.Time);
        AssertOrderedBy(byLamport, e => e.Lamport);
        Assert.NotEqual(byTime.OrderBy(e => e.X).ThenBy(e => e.Machine).Select(e => e.Id), byLamport.OrderBy(e => e.X).ThenBy(e => e.Machine).Select(e => e.Id));

        await page.Page.GetByLabel("Real time", new() { Exact = true }).CheckAsync();
        await page.ShowAllAsync();
        AssertOrderedBy(await page.DrawnEventsAsync(), e => e.Time);
    }

    [BrowserFact]
    public async Task Keyboard_FocusesMovesSelectsZoomsAndSwitchesTheAxis()
    {
        var csv = Csv;
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);
        var keyboard = page.Page.Keyboard;

        await page.Page.Locator("#diagram").FocusAsync();
        await keyboard.PressAsync("ArrowRight");
        await keyboard.PressAsync("ArrowRight");
        await keyboard.PressAsync("ArrowDown");
        await page.WhenDrawnAsync();
        var focused = (await page.TooltipAsync())["tick"];
        await keyboard.PressAsync("Enter");
        await page.WhenDrawnAsync();
        await page.ScreenshotAsync(nameof(Keyboard_FocusesMovesSelectsZoomsAndSwitchesTheAxis));

        Assert.StartsWith($"Selected {csv.Labels[1]}, tick {focused}:", await page.SelectionLineAsync(), StringComparison.Ordinal);
        Assert.Contains(await page.DrawnEventsAsync(), e => e.Relation == "selected" && e.Machine == 2 && e.Tick.ToString() == focused);

        await keyboard.PressAsync("Escape");
        await page.WhenDrawnAsync();
        Assert.All(await page.DrawnEventsAsync(), e => Assert.Equal("none", e.Relation));

        var before = await page.Page.EvaluateAsync<double>("(({ x0, x1 }) => x1 - x0)(clockSimReport.view())");
        await keyboard.PressAsync("+");
        await page.WhenDrawnAsync();
        Assert.Equal(before / 2, await page.Page.EvaluateAsync<double>("(({ x0, x1 }) => x1 - x0)(clockSimReport.view())"), 6);

        foreach (var (axis, label) in new[] { ("physical", "Machine clocks"), ("lamport", "Lamport clock"), ("hlc", "HLC"), ("time", "Real time") })
        {
            await keyboard.PressAsync("l");
            await page.WhenDrawnAsync();
            Assert.Equal(axis, await page.Page.EvaluateAsync<string>("clockSimReport.axis()"));
            Assert.True(await page.Page.GetByLabel(label, new() { Exact = true }).IsCheckedAsync());
        }
    }

    [BrowserFact]
    public async Task ClockAxes_PlaceEveryEventAtItsMachinesClockAndAtItsHlc_AndDashTheMessagesReceivedBeforeSent()
    {
        var csv = Csv;
        var physical = csv.Rows.ToDictionary(CsvRun.IdOf, row => ClockReading.Milliseconds(row.PhysicalNs!.Value));
        var hlc = csv.Rows.ToDictionary(CsvRun.IdOf, row => ClockReading.Milliseconds(row.Hlc!.Value.L));
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);

        await page.Page.GetByLabel("Machine clocks", new() { Exact = true }).CheckAsync();
        await page.ShowAllAsync();
        await page.ScreenshotAsync(nameof(ClockAxes_PlaceEveryEventAtItsMachinesClockAndAtItsHlc_AndDashTheMessagesReceivedBeforeSent));
        var byPhysical = await page.DrawnEventsAsync();
        var arrows = await page.DrawnArrowsAsync();
        await page.Page.GetByLabel("HLC", new() { Exact = true }).CheckAsync();
        await page.ShowAllAsync();
        var byHlc = await page.DrawnEventsAsync();

        Assert.All(byPhysical, e => Assert.Equal(physical[e.Id], e.Physical!.Value, 6));
        Assert.All(byHlc, e => Assert.Equal(hlc[e.Id], e.Hlc!.Value, 6));
        AssertOrderedBy(byPhysical, e => e.Physical!.Value);
        AssertOrderedBy(byHlc, e => e.Hlc!.Value);
        var expected = csv.Messages().ToHashSet();
        Assert.Equal(expected.Count, arrows.Count);
        Assert.All(arrows, arrow => Assert.Contains(arrow, expected));
        var backwards = expected.Count(a => a.Backwards);
        Assert.True(backwards > 0, "the pinned run has no message received before it was sent");
        Assert.StartsWith($"{backwards} of {expected.Count} messages were received before they were sent", await page.Page.Locator("#backwards-note").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task SelectingAnEvent_ShowsItsFourClocksAsTheCsvHasThem()
    {
        var row = Csv.Machines[2].First(r => r.Kind == EventKind.Receive);
        await using var page = await ReportPage.OpenAsync(fixture.Browser, fixture.RunFolder);
        await page.ShowAllAsync();

        await page.ClickAsync(CsvRun.IdOf(row));

        Assert.Contains(
            $"machine clock {ClockReading.Format(row.PhysicalNs!.Value)} ms, Lamport {row.LogicalClock}, vector {VectorClockText.Format(row.Vector.Span)}, HLC {row.Hlc}",
            await page.SelectionLineAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task RunWithoutVectorClocks_StillDraws_AndSaysWhyTheHighlightIsUnavailable()
    {
        using var run = new TestRunFolder(5, 6, 1);
        run.Internal(1, 100, clock: 1);
        var toTwo = run.Send(1, to: 2, 200, clock: 2);
        run.Receive(2, toTwo, 250, clock: 3);
        var toAll = run.SendAll(2, 350, clock: 4);
        run.Receive(3, toAll, 400, clock: 5);
        run.Receive(1, toAll, 450, clock: 5);
        RunAnalyzer.WriteFiles(RunFolderAnalysis.Analyze(run.Write(), default), pngCharts: false);
        await using var page = await ReportPage.OpenAsync(fixture.Browser, run.Path);
        await page.ShowAllAsync();

        await page.ClickAsync(new EventId(2, 1));
        await page.ScreenshotAsync(nameof(RunWithoutVectorClocks_StillDraws_AndSaysWhyTheHighlightIsUnavailable));

        Assert.Equal(3, (await page.DrawnLanesAsync()).Count);
        Assert.Equal(3, (await page.DrawnArrowsAsync()).Count);
        Assert.Equal(6, (await page.DrawnEventsAsync()).Count);
        Assert.Contains($"unavailable: {RunFolderAnalysis.NoVectorClocks}", await page.SelectionLineAsync(), StringComparison.Ordinal);
        Assert.Empty(page.ConsoleErrors);
    }

    private static (int, long) ByReceive(DrawnArrow arrow) => (arrow.To.Machine, arrow.To.Tick);

    [BrowserFact]
    public async Task RunWithLostMessages_DrawsAStubFromTheSendOfEachUndeliveredMessage()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:Seed=42", "--Simulation:DurationSeconds=20",
            "--Simulation:Network:LossRate=0.3");
        RunAnalyzer.WriteFiles(await harness.RunToEndAsync(), pngCharts: false);
        var csv = CsvRun.Read(harness.Folder);
        var sends = csv.Rows.Where(row => row.Kind is EventKind.Send or EventKind.SendAll).ToDictionary(row => row.Message.ToString());
        var undelivered = File.ReadLines(Path.Combine(harness.Folder, UndeliveredCsv.FileName)).Skip(1).Select(line => line.Split(','))
            .Select(fields => new DrawnStub(CsvRun.IdOf(sends[fields[0]]), int.Parse(fields[2]), fields[4])).ToList();
        await using var page = await ReportPage.OpenAsync(fixture.Browser, harness.Folder);
        await page.ShowAllAsync();

        var stubs = await page.DrawnStubsAsync();
        var lost = undelivered[0];
        await page.HoverAsync(lost.From);
        var tooltip = await page.TooltipAsync();
        await page.ScreenshotAsync(nameof(RunWithLostMessages_DrawsAStubFromTheSendOfEachUndeliveredMessage));

        Assert.NotEmpty(undelivered);
        Assert.Equal(undelivered.OrderBy(s => (s.From.Machine, s.From.Tick, s.To)), stubs.OrderBy(s => (s.From.Machine, s.From.Tick, s.To)));
        Assert.Contains($"{csv.Labels[lost.To - 1]}: {lost.Reason}", tooltip.GetValueOrDefault("undelivered"), StringComparison.Ordinal);
    }

    /// <summary>Left to right, the marks follow <paramref name="key"/>: a later value never stands left of an earlier one, and equal values line up.</summary>
    private static void AssertOrderedBy(IReadOnlyList<DrawnEvent> events, Func<DrawnEvent, double> key)
    {
        var sorted = events.OrderBy(e => e.X).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (a, b) = (sorted[i - 1], sorted[i]);
            Assert.True(key(a) < key(b) || (key(a) == key(b) && Math.Abs(a.X - b.X) < 1e-6), $"{a} is drawn before {b}");
        }
    }
}
