namespace ClockSim.Analysis;

/// <summary>How an analysis ended: the process exit code, and what it wrote when it got that far.</summary>
/// <param name="ExitCode">0 valid, 1 invalid run, 2 not a readable run folder (see <c>Application/ExitCodes.cs</c>).</param>
/// <param name="SummaryPath">The summary.md written, or null when the folder could not be read.</param>
/// <param name="Analysis">The figures, or null when the folder could not be read.</param>
internal sealed record AnalysisResult(int ExitCode, string? SummaryPath, RunAnalysis? Analysis);
