using System.Globalization;
using System.Text;
using System.Text.Json;
using ClockSim.Recording;
using ClockSim.Analysis.Report;
using Spectre.Console;
using static System.FormattableString;

namespace ClockSim.Bench;

/// <summary>The bench's outputs: the console tables, <c>results.md</c> and <c>results.json</c>, every scenario's figures in each.</summary>
internal sealed record BenchReport(
    MachineDescription Machine, bool Quick, IReadOnlyList<ScenarioResult> Results, IReadOnlyList<VirtualBenchResult> Virtual, SweepBenchResult Sweep,
    LargeAnalysisResult LargeAnalysis)
{
    private static readonly string[] Columns =
    [
        "Scenario", "Rates", "Ticks", "Missed", "Late > 1 period", "Lateness p50/p99/max (ms)", "Msgs/s", "Latency p50/p99/p99.9 (µs)", "CPU % of a core", "Allocated B/tick", "Peak MB",
    ];

    private static readonly string[] WholeProcessColumns =
    [
        "Scenario", "Build", "Command", "Exit code", "Wall s", "CPU s: run alone, during the run", "CPU s: whole process", "Peak MB: run alone",
        "Peak MB: whole process", "Run started (ms after the process)",
    ];

    public void WriteTable(IAnsiConsole console)
    {
        console.Write(ConsoleTable(Columns, Rows()));
        console.Write(ConsoleTable(WholeProcessColumns, WholeProcessRows()));
        foreach (var (target, result) in Targets())
        {
            var verdict = target.IsMet(result) ? "[green]met[/]" : "[red]missed[/]";
            console.MarkupLine($"{verdict}  {Markup.Escape(target.Description)}: {Markup.Escape(target.Measured(result))}");
        }

        console.Write(EngineSections());
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(Path.Combine(folder, "results.md"), Markdown() + EngineSections());
        AtomicFile.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(this, BenchJson.Default.BenchReport));
    }

    private string EngineSections() => VirtualBench.Markdown(Virtual) + SweepBench.Markdown(Sweep) + Bench.LargeAnalysis.Markdown(LargeAnalysis);

    private static Table ConsoleTable(string[] columns, IEnumerable<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns(columns);
        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    private IEnumerable<(BenchTarget Target, ScenarioResult Result)> Targets() =>
        BenchTarget.All.SelectMany(t => Results.Where(r => r.Name == t.Scenario && (!t.OfNative || r.NativeProcess is not null)).Select(r => (t, r)));

    private IEnumerable<string[]> Rows() => Results.Select(r => new[]
    {
        r.Name,
        r.Rates,
        Invariant($"{r.Ticks} of {r.ExpectedTicks}"),
        Invariant($"{r.TicksMissed} ({r.TicksMissedPercent:0.###} %)"),
        Invariant($"{r.TicksLate} ({r.TicksLatePercent:0.###} %)"),
        Invariant($"{r.LatenessP50Ms:0.000} / {r.LatenessP99Ms:0.000} / {r.LatenessMaxMs:0.000}"),
        Invariant($"{r.MessagesPerSecond:0}"),
        double.IsNaN(r.LatencyP50Us) ? "—" : Invariant($"{r.LatencyP50Us:0} / {r.LatencyP99Us:0} / {r.LatencyP999Us:0}"),
        Invariant($"{r.CpuPercent:0.00}"),
        Invariant($"{r.AllocatedBytesPerTick:0}"),
        Invariant($"{r.PeakMemoryMb:0.0}"),
    });

    private IEnumerable<string[]> WholeProcessRows() =>
        Results.SelectMany(r => new[] { r.WholeProcess, r.NativeProcess }.OfType<WholeProcessResult>().Select(whole => new[]
        {
            r.Name,
            whole.Build,
            whole.Command,
            Invariant($"{whole.ExitCode}"),
            Invariant($"{whole.WallSeconds:0.0}"),
            Invariant($"{r.CpuPercent / 100 * r.ElapsedSeconds:0.00}"),
            Invariant($"{whole.CpuSeconds:0.00}"),
            Invariant($"{r.PeakMemoryMb:0.0}"),
            Invariant($"{whole.PeakMemoryMb:0.0}"),
            Invariant($"{whole.StartMs:0}"),
        }));

    private string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# ClockSim benchmark results").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.Date:yyyy-MM-dd HH:mm} UTC on {Machine.Processor}, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}."));
        text.AppendLine(Quick ? "Quick mode: shortened scenarios." : "Full run: every scenario at its full length.");
        text.AppendLine(Invariant($"One-minute load average as each scenario ended, on {Machine.Cores} cores: {string.Join(", ", Results.Select(r => Invariant($"{r.Name} {r.LoadAverage?.ToString("0.0", CultureInfo.InvariantCulture) ?? "?"}")))}."));
        if (Results.Any(r => r.LoadAverage > Machine.Cores))
        {
            text.AppendLine("Other work shared the machine during part of the bench: timings (lateness, latency, CPU) there are disturbed; memory figures hardly.");
        }

        text.AppendLine();
        text.AppendLine("Every scenario is a real run: machines as hosted services, loopback TCP, the shared tick clock, CSV logs.");
        text.AppendLine("*Missed* counts the ticks of the schedule (rate × duration) that did not happen before the run ended;");
        text.AppendLine("*late > 1 period* counts ticks that happened after the next tick was already due (ideal instant: start + k / rate).");
        text.AppendLine("*Lateness* is a tick's `ElapsedMs` minus its ideal instant. *Latency* is the time from a send to the message sitting in the receiver's queue "
            + "(— where a configured delay holds every message: the delay line's own table below says how late it released them).");
        text.AppendLine("*CPU* is the process's CPU time during the run divided by its wall time; *allocated* is what the whole process allocated on the managed heap");
        text.AppendLine("during the run (the runtime's count, `GC.GetTotalAllocatedBytes`), per tick that happened: a tick, the messages it sends and receives, its CSV row, the live display;");
        text.AppendLine("*peak memory* is the peak resident set of the process.").AppendLine();
        text.Append(MarkdownTable.Render(Columns, Rows()));
        text.AppendLine().AppendLine("## The whole process, as the user runs it").AppendLine();
        text.AppendLine("The same scenario run through the `run` command in a process of its own: the simulation, its summary, the analysis,");
        text.AppendLine("`summary.md` and `report.html`. Its CPU time and peak resident set are measured from outside that process (getrusage of a");
        text.AppendLine("process started to wait for it alone, of the same build: Linux counts a process's peak from the memory of the one that started it), from the");
        text.AppendLine("runtime's start to its exit; the run-alone figures are those of the table above.");
        text.AppendLine("*JIT* is this program under the .NET runtime (`dotnet clocksim.dll`, the build `dotnet run` makes: the program, CsvHelper and Markdig compiled ahead of time (ReadyToRun), the rest by the JIT as it runs), *native* the executable `" + NativeProgram.PublishCommand + "` writes");
        text.AppendLine("(measured when it is there). *Run started* is run.json's `startUtc` less the instant before the process was created: reading the settings and, for sockets, connecting the mesh; each machine's first tick follows by its start phase plus one period, which is the model's time.").AppendLine();
        text.Append(MarkdownTable.Render(WholeProcessColumns, WholeProcessRows()));
        text.AppendLine().AppendLine("## The delay line").AppendLine();
        text.AppendLine("With a configured network delay, the socket engine's receiving side holds each message until its send instant plus");
        text.AppendLine("its delay. *Lateness* is how long after that instant the delay line put the message in its queue; the CPU is the whole");
        text.AppendLine("process's during the run, beside the same scenario without delay (3x100).").AppendLine();
        text.Append(MarkdownTable.Render(["Scenario", "Lateness p50 (µs)", "Lateness p99 (µs)", "CPU % of a core", "CPU % without delay"],
            Results.Where(r => double.IsFinite(r.DelayLineP50Us)).Select(r => (IReadOnlyList<string>)[r.Name, Invariant($"{r.DelayLineP50Us:0}"), Invariant($"{r.DelayLineP99Us:0}"),
                Invariant($"{r.CpuPercent:0.00}"), Invariant($"{Results.FirstOrDefault(x => x.Name == "3x100")?.CpuPercent ?? double.NaN:0.00}")])));
        text.AppendLine().AppendLine("## Targets").AppendLine();
        text.Append(MarkdownTable.Render(
            ["Target", "Scenario", "Measured", "Verdict"],
            Targets().Select(t => (IReadOnlyList<string>)[t.Target.Description, t.Target.Scenario, t.Target.Measured(t.Result), t.Target.IsMet(t.Result) ? "met" : "missed"])));
        return text.ToString();
    }

}
