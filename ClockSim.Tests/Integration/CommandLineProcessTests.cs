using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Integration;

/// <summary>
/// The program as a user meets it: a separate process started in a folder with no appsettings.json above it, its
/// exit code, what it prints, and what it leaves in the folder. Each mistake a newcomer made is refused with one
/// line and exit code 2, before anything is written.
/// </summary>
public sealed partial class CommandLineProcessTests : IDisposable
{
    private static readonly string[] FastRates =
        ["--Simulation:DurationSeconds=0.3", "--Simulation:TickRates:0=40", "--Simulation:TickRates:1=30", "--Simulation:TickRates:2=20"];

    private readonly TempDirectory _workingDirectory = new();

    public void Dispose() => _workingDirectory.Dispose();

    private string Here => _workingDirectory.Path;

    private static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(ProgramUnderTest.Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        await RunAsync(StartInfo(Here, args));

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output, await error);
    }

    private string[] Entries() => [.. Directory.EnumerateFileSystemEntries(Here, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private async Task AssertRefusedAsync(ProcessStartInfo start, string expected)
    {
        var before = Entries();

        var (exitCode, output, error) = await RunAsync(start);

        Assert.Equal("error: " + expected, error.TrimEnd());
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal(before, Entries());
    }

    private Task AssertRefusedAsync(string expected, params string[] args) => AssertRefusedAsync(StartInfo(Here, args), expected);

    [Theory]
    [InlineData("Simulation:DurationSecond is not a setting (command line); did you mean Simulation:DurationSeconds?", "--Simulation:DurationSecond=1")]
    [InlineData("Simulation:Duration is not a setting (command line); did you mean Simulation:DurationSeconds?", "--Simulation:Duration=3")]
    [InlineData("Simulaton:DurationSeconds is not a setting (command line); did you mean Simulation:DurationSeconds?", "--Simulaton:DurationSeconds=3")]
    [InlineData("run has no option --seed; did you mean --Simulation:Seed=42?", "--seed=42")]
    [InlineData("run has no option --quick; did you mean bench --quick?", "run", "--quick")]
    [InlineData("Simulation:Weights is a section, not one value (command line); set its keys one by one: --Simulation:Weights:SendToOne=… "
        + "--Simulation:Weights:SendToAll=… --Simulation:Weights:Internal=…", "--Simulation:Weights=2/1/2")]
    [InlineData("Simulation:TickRates is a list, not one value (command line); give each entry its own index from 0: --Simulation:TickRates:0=1 "
        + "--Simulation:TickRates:1=6 --Simulation:TickRates:2=6", "--Simulation:TickRates=1,6,6")]
    [InlineData("run has no option --verbose; its options are --config, --dry-run.", "--verbose", "--Simulation:DurationSeconds=1")]
    [InlineData("Simulation:TickRates starts at index 1 (command line); list indexes start at 0 (Simulation:TickRates:0 is the first entry).",
        "--Simulation:TickRates:1=1", "--Simulation:TickRates:2=6", "--Simulation:TickRates:3=6")]
    [InlineData("Simulation:Machines is 'three' (command line), which is not a whole number.", "--Simulation:Machines=three")]
    [InlineData("Simulation:Machines is '3.0' (command line), which is not a whole number.", "--Simulation:Machines=3.0")]
    [InlineData("Simulation:TickRates:0 is 'abc' (command line), which is not a number.", "--Simulation:TickRates:0=abc")]
    [InlineData("Simulation:TickRates has 1 entry but Simulation:Machines is 3; give one rate per machine or none "
        + "(set by Simulation:TickRates: command line; Simulation:Machines: the default).", "--Simulation:TickRates:0=5")]
    [InlineData("Simulation:Machines must be a whole number from 2 to 128 (Sockets engine) or to 1000 (Virtual engine) (set by command line).", "--Simulation:Machines=1")]
    [InlineData("Simulation:Machines is '99999999999999999999' (command line), a whole number far out of range; run --help lists the values it takes.",
        "--Simulation:Machines=99999999999999999999")]
    [InlineData("Simulation:DurationSeconds must be a number of seconds from 0.001 to 86400 (set by command line).", "--Simulation:DurationSeconds=0.0005")]
    [InlineData("Simulation:Engine is '1' (command line), which is not one of Sockets, Virtual.", "--Simulation:Engine=1")]
    [InlineData("Simulation:TickRates:0 is 1E-07; each rate must be from 0.001 to 10000 ticks per second (set by command line).",
        "--Simulation:Engine=Virtual", "--Simulation:Machines=2", "--Simulation:TickRates:0=1e-7", "--Simulation:TickRates:1=1")]
    [InlineData("Simulation:TickRates:0 is 1E-12; each rate must be from 0.001 to 10000 ticks per second (set by command line).",
        "--Simulation:Machines=2", "--Simulation:TickRates:0=1e-12", "--Simulation:TickRates:1=1")]
    [InlineData("Simulation:Network:Delay:MeanMs is 10000000000000; a delay must be a number of milliseconds from 0 to 86400000 (one day, the longest run) "
        + "(set by command line).", "--Simulation:Network:Delay:Distribution=Constant", "--Simulation:Network:Delay:MeanMs=1e13")]
    [InlineData("Simulation:Weights:Internal is 1E+308; a weight must be a number from 0 to 1e9 (set by command line).", "--Simulation:Weights:Internal=1e308")]
    [InlineData("Simulation:Network:Partitions:0:FromSeconds is 70000, not before the run's end at 60 s (Simulation:DurationSeconds): the partition would never "
        + "begin (set by Simulation:Network:Partitions:0:FromSeconds: command line; Simulation:DurationSeconds: the default).",
        "--Simulation:Network:Partitions:0:FromSeconds=70000", "--Simulation:Network:Partitions:0:ToSeconds=80000", "--Simulation:Network:Partitions:0:Groups:0:0=1")]
    [InlineData("--dry-run comes after '--', which makes every word after it an argument; leave '--' out (dotnet run needs it once, before the program's own words).",
        "--", "--Simulation:Machines=4", "--dry-run")]
    [InlineData("experiments has no option --paralel; did you mean --parallel?", "experiments", "--paralel", "3")]
    [InlineData("unknown command 'analyse'; did you mean analyze?", "analyse")]
    [InlineData("--config: the file 'missing.json' does not exist.", "--config=missing.json")]
    [InlineData("--config: '.' is a folder without run.json; name a settings file, or a run folder.", "--config=.")]
    [InlineData("/dev/zero is larger than 8 MiB, the largest settings file ClockSim reads.", "--config=/dev/zero")]
    public Task Mistake_IsRefusedWithOneLine_AndNothingIsWritten(string expected, params string[] args) => AssertRefusedAsync(expected, args);

    [Fact]
    public Task TypoInAppsettings_IsRefused()
    {
        _workingDirectory.Write("appsettings.json", """{ "Simulation": { "DurationSecond": 1 } }""");
        return AssertRefusedAsync("Simulation:DurationSecond is not a setting (appsettings.json); did you mean Simulation:DurationSeconds?");
    }

    [Fact]
    public Task TypoInAConfigFile_IsRefused()
    {
        _workingDirectory.Write("mine.json", """{ "Simulation": { "Weights": { "Interna": 2 } } }""");
        return AssertRefusedAsync("Simulation:Weights:Interna is not a setting (mine.json); did you mean Simulation:Weights:Internal?", "--config", "mine.json");
    }

    [Fact]
    public Task TypoInAnEnvironmentVariable_IsRefused()
    {
        var start = StartInfo(Here, []);
        start.Environment["Simulation__DurationSecond"] = "1";
        return AssertRefusedAsync(start,
            "Simulation:DurationSecond is not a setting (environment variable Simulation__DurationSecond); did you mean Simulation:DurationSeconds?");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("analyze")]
    public Task JsonSyntaxError_IsPlacedAsAnEditorShowsIt(string verb)
    {
        _workingDirectory.Write("appsettings.json", "{\n  \"Simulation\": {\n    \"Machines\": 3\n    \"Seed\": 4\n  }\n}\n");
        return AssertRefusedAsync("appsettings.json is not valid JSON: line 4, column 5 (near '\"').", verb);
    }

    [Fact]
    public Task AnalyzeOfAFile_SaysItIsNotARunFolder()
    {
        _workingDirectory.Write("README.md", "# a file");
        return AssertRefusedAsync("'README.md' is a file, not a run folder; name the folder that holds run.json.", "analyze", "README.md");
    }

    [Fact]
    public async Task SeedNull_RunsWithARandomSeed_UnderTheCurrentFolder_AndItsRunJsonRepeatsIt()
    {
        var (exitCode, output, error) = await RunAsync(["--Simulation:Seed=null", .. FastRates]);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains($"No appsettings.json in this folder or above: the default settings; run folders go under {Path.Combine(Here, "runs")}.", output);
        var seed = SeedLine().Match(output).Groups["seed"].Value;
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(Here, "runs"), $"*-seed{seed}"));
        Assert.Contains($"Run folder: {Path.Combine("runs", Path.GetFileName(folder))}", output);

        var (rerunCode, settings, _) = await RunAsync("--config", Path.Combine("runs", Path.GetFileName(folder), "run.json"), "--dry-run");

        Assert.Equal(0, rerunCode);
        Assert.Matches($@"Simulation:Seed +{seed} +runs/.*/run\.json", settings);
        Assert.Matches(@"Simulation:TickRates +\[40, 30, 20\] +runs/", settings);
    }

    [Fact]
    public async Task VirtualRun_RerunFromItsRunJson_WritesTheSameBytes()
    {
        var (exitCode, _, error) = await RunAsync(
            "--Simulation:Engine=Virtual", "--Simulation:Seed=null", "--Simulation:DurationSeconds=20", "--Simulation:Weights:Internal=3",
            "--Simulation:Network:LossRate=0.2", "--Simulation:Network:Delay:Distribution=Uniform", "--Simulation:Network:Delay:MinMs=5",
            "--Simulation:Network:Delay:MaxMs=400", "--Simulation:Network:Fifo=false");
        Assert.Equal((0, ""), (exitCode, error));
        var first = Assert.Single(Directory.GetDirectories(Path.Combine(Here, "runs")));

        var (rerunCode, _, rerunError) = await RunAsync("--config", Path.Combine("runs", Path.GetFileName(first), "run.json"));

        Assert.Equal((0, ""), (rerunCode, rerunError));
        var second = Assert.Single(Directory.GetDirectories(Path.Combine(Here, "runs")), folder => folder != first);
        Assert.All(
            ["machine-1.csv", "machine-2.csv", "machine-3.csv", "undelivered.csv"],
            name => Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name))));
        Assert.Contains("Loss", File.ReadAllText(Path.Combine(first, "undelivered.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FourRunsOfTheSameSeedAtOnce_IntoAFolderNoneHasYet_EachWriteAFolderOfTheirOwn()
    {
        string[] args = ["--Simulation:Engine=Virtual", "--Simulation:Seed=5", "--Simulation:DurationSeconds=5", "--Simulation:OutputDirectory=out/a/b"];

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunAsync(args)));

        Assert.All(runs, run => Assert.Equal((0, ""), (run.ExitCode, run.Error)));
        var folders = Directory.GetDirectories(Path.Combine(Here, "out", "a", "b"));
        Assert.Equal(4, folders.Length);
        Assert.All(folders, folder => Assert.True(File.Exists(Path.Combine(folder, "run.json")), folder));
    }

    [Fact]
    public async Task DryRun_PrintsTheSettingsAndWritesNothing()
    {
        var (exitCode, output, _) = await RunAsync("--dry-run", "--Simulation:Machines=4");

        Assert.Equal(0, exitCode);
        Assert.Matches("Simulation:Machines +4 +command line", output);
        Assert.Matches("Simulation:DurationSeconds +60 +default", output);
        Assert.Empty(Entries());
    }

    [Theory]
    [InlineData("run", "--dry-run", "Simulation:Weights:Internal")]
    [InlineData("analyze", "RUN_FOLDER", "--config")]
    [InlineData("bench", "--quick", "Show help")]
    [InlineData("experiments", "--parallel", "--report-only")]
    public async Task VerbHelp_ListsThatVerbsOptions(string verb, string expected, string alsoExpected)
    {
        var (exitCode, output, _) = await RunAsync(verb, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, output);
        Assert.Contains(alsoExpected, output);
        Assert.Equal(verb == "run", output.Contains("--dry-run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Version_IsPrinted()
    {
        var (exitCode, output, _) = await RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [InterruptibleFact]
    public async Task Interrupt_WritesEveryFileThenExits130()
    {
        var start = StartInfo(Here, ["--Simulation:DurationSeconds=60", "--Simulation:TickRates:0=50", "--Simulation:TickRates:1=50", "--Simulation:TickRates:2=50"]);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line && !line.StartsWith("ClockSim (", StringComparison.Ordinal))
        {
        }

        // Interrupt once the machines are ticking: their first rows are on disk.
        await SimulationHarness.WaitUntilAsync(
            () => Directory.Exists(Path.Combine(Here, "runs"))
                && Directory.EnumerateFiles(Path.Combine(Here, "runs"), "*.partial", SearchOption.AllDirectories).Any(f => new FileInfo(f).Length > 200),
            TimeSpan.FromSeconds(20));
        Assert.Equal(0, Kill(process.Id, SignalInterrupt));

        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Run interrupted", output);
        Assert.Contains("Verdict: valid", output);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(Here, "runs")));
        Assert.Contains("\"endReason\": \"interrupted\"", File.ReadAllText(Path.Combine(folder, "run.json")));
        Assert.True(File.Exists(Path.Combine(folder, "summary.md")), await error);
    }

    private const int SignalInterrupt = 2;

    /// <summary>Sends a signal as Ctrl+C does: .NET can end another process, but not interrupt it.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);

    [GeneratedRegex(@"seed (?<seed>\d+)")]
    private static partial Regex SeedLine();
}
