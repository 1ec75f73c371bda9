using Microsoft.Playwright;

namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// Debian's Chromium, which the browser tests drive through Playwright: a browser download (<c>playwright install</c>)
/// cannot work on every machine, so the tests point Playwright at the system's browser.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Set to <c>required</c> (as CI does) to fail, rather than skip, the browser tests when Chromium is missing.</summary>
    public const string RequiredVariable = "CLOCKSIM_BROWSER_TESTS";

    public const string MissingMessage =
        $"Chromium is not installed at {ExecutablePath}; install it with 'apt-get install -y chromium' to run the report's browser tests.";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "required";

    /// <summary>Whether the browser tests run here: Chromium is installed, or it must be (then a missing one fails them).</summary>
    public static bool TestsRun => IsInstalled || IsRequired;

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
    };
}
