namespace ClockSim.Analysis.Charts;

/// <summary>A chart written to the run folder: its title and its file name, relative to the folder so summary.md can embed it anywhere.</summary>
internal sealed record ChartFile(string Title, string FileName);
