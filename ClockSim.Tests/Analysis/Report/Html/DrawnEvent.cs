namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>An event as the page's last frame drew it: where its mark is, and how it stands to the selected event.</summary>
/// <param name="Relation"><c>none</c> (nothing selected), <c>past</c>, <c>future</c>, <c>concurrent</c> or <c>selected</c>.</param>
/// <param name="Physical">Its machine's clock reading in milliseconds, null in a run folder written before the clocks.</param>
/// <param name="Hlc">Its hybrid logical clock's l in milliseconds, null likewise.</param>
public sealed record DrawnEvent(int Machine, long Tick, string Kind, long Lamport, double Time, double X, double Y, string Relation, double? Physical = null, double? Hlc = null)
{
    public EventId Id => new(Machine, Tick);
}
