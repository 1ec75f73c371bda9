namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>A message as the page's last frame drew it: an arrow from its send to its receive.</summary>
public sealed record DrawnArrow(EventId From, EventId To);
