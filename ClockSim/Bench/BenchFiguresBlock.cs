using static System.FormattableString;

namespace ClockSim.Bench;

/// <summary>
/// The bench's figures that README's prose refers to (a message's time on loopback, a whole sweep's cost), written from
/// a full bench between <c>&lt;!-- generated:bench-figures --&gt;</c> markers that the bench fills and a test keeps
/// equal to the committed results, so no figure in the prose is typed by hand.
/// </summary>
internal static class BenchFiguresBlock
{
    public const string BlockName = "bench-figures";

    /// <summary>The socket scenario whose message latency README quotes.</summary>
    private const string LatencyScenario = "3x100";

    public static string Render(BenchReport report)
    {
        var latency = report.Results.FirstOrDefault(r => r.Name == LatencyScenario);
        var lines = new List<string> { Invariant($"From the bench of {report.Machine.Date:yyyy-MM-dd} ({report.Machine.Cores} cores):"), "" };
        lines.Add(latency is null
            ? "- message latency on loopback: not measured."
            : Invariant($"- a message on loopback reaches its recipient's queue {latency.LatencyP50Us:0} µs after its send at the median, {latency.LatencyP99Us:0} µs at the 99th percentile (3 machines at 100 ticks/s);"));
        var sweep = report.Sweep;
        lines.Add(Invariant($"- `sweep default` ({sweep.Runs:N0} seeds of the default configuration on the virtual engine) takes {sweep.WallSeconds:0.0} s for the whole command, {sweep.RunSeconds:0.0} s of it running, {sweep.CpuSeconds:0.0} s of CPU, {sweep.PeakMemoryMb:0} MB at the peak."));
        return string.Join('\n', lines);
    }
}
