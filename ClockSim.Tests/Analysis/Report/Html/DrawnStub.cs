namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>A message never delivered, as the page's last frame drew it: a stub from its send towards machine <see cref="To"/>.</summary>
public sealed record DrawnStub(EventId From, int To, string Reason);
