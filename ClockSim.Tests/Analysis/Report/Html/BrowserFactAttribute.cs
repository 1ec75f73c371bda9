namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>
/// A test that needs Chromium: skipped, with how to install it, on a machine without it, unless
/// <see cref="Chromium.RequiredVariable"/> says the browser must be there (then the test runs and fails).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.TestsRun)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
