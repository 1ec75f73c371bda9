namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>A machine's lane as the page's last frame drew it.</summary>
public sealed record DrawnLane(int Machine, string Label, double Y);
