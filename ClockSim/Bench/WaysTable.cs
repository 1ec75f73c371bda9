using System.Globalization;
using ClockSim.Analysis.Report;
using static System.FormattableString;

namespace ClockSim.Bench;

/// <summary>
/// README's table of the three ways to run the program and what each costs, written from a full bench's figures (the
/// default run as a whole process, JIT and native, and <c>analyze</c> of the large run folder), between
/// <c>&lt;!-- generated:bench-ways --&gt;</c> markers that the bench fills and a test keeps equal to the committed results.
/// </summary>
internal static class WaysTable
{
    public const string BlockName = "bench-ways";

    /// <summary>The scenario whose whole process is the user's default run.</summary>
    private const string DefaultScenario = "default-1-3-6";

    public static string Render(BenchReport report)
    {
        var run = report.Results.FirstOrDefault(r => r.Name == DefaultScenario);
        var load = run?.LoadAverage is { } average ? average.ToString("0.0", CultureInfo.InvariantCulture) : "?";
        var text = Invariant($"From the bench of {report.Machine.Date:yyyy-MM-dd} ({report.Machine.Cores} cores, one-minute load average {load} as the default run ended; ")
            + "see \"Benchmarks\"): the default run (3 machines, 60 s) as a whole process, and `analyze` of a run folder of "
            + Invariant($"{report.LargeAnalysis?.Events ?? 0:N0} events.\n\n");
        return text + MarkdownTable.Render(
            ["Way", "Default run: CPU", "Default run: peak memory", "Run started after the process", "`analyze`, large folder: CPU, peak"],
            [
                ["1. `dotnet run --project ClockSim`", .. Cells(run?.WholeProcess, report.LargeAnalysis?.Jit)],
                ["2. the native executable `clocksim`", .. Cells(run?.NativeProcess, report.LargeAnalysis?.Native)],
                ["3. the .NET tool `clocksim`", "as 2 on linux-x64; elsewhere as 1, none of it precompiled", "", "", ""],
            ],
            allText: true);
    }

    private static string[] Cells(WholeProcessResult? run, WholeProcessResult? analyze) =>
    [
        run is null ? "not measured" : Invariant($"{run.CpuSeconds:0.00} s"),
        run is null ? "" : Invariant($"{run.PeakMemoryMb:0.0} MB"),
        run is null ? "" : Invariant($"{run.StartMs:0} ms"),
        analyze is null ? "not measured" : Invariant($"{analyze.CpuSeconds:0.00} s, {analyze.PeakMemoryMb:0} MB"),
    ];
}
