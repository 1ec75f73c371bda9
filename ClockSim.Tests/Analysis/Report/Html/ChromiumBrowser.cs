using Microsoft.Playwright;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>Playwright driving one headless <see cref="Chromium"/>, for a test class's fixture; disposing closes both.</summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private ChromiumBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return new ChromiumBrowser(playwright, await playwright.Chromium.LaunchAsync(Chromium.LaunchOptions));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
