namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>: skipped without Chromium unless it is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.TestsRun)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
