namespace ClockSim.Bench;

/// <summary><c>analyze</c> of one large run folder, by the JIT build and (when the bench found it) the native one.</summary>
internal sealed record LargeAnalysisResult(long Events, WholeProcessResult Jit, WholeProcessResult? Native);
