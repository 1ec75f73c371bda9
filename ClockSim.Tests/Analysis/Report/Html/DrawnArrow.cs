namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>A message as the page's last frame drew it: an arrow from its send to its receive.</summary>
/// <param name="Backwards">Whether it is marked received before it was sent by the machines' own clocks.</param>
public sealed record DrawnArrow(EventId From, EventId To, bool Backwards = false);
