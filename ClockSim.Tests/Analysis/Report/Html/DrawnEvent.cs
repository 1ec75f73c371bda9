namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>An event as the page's last frame drew it: where its mark is, and how it stands to the selected event.</summary>
/// <param name="Relation"><c>none</c> (nothing selected), <c>past</c>, <c>future</c>, <c>concurrent</c> or <c>selected</c>.</param>
public sealed record DrawnEvent(int Machine, long Tick, string Kind, long Lamport, double Time, double X, double Y, string Relation)
{
    public EventId Id => new(Machine, Tick);
}
