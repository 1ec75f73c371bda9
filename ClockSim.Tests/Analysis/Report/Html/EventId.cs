namespace ClockSim.Tests.Analysis.Report.Html;

/// <summary>An event named as the CSV names it: its machine and its tick.</summary>
public sealed record EventId(int Machine, long Tick);
