using System.Diagnostics;
using System.Globalization;
using ClockSim.Analysis;
using ClockSim.Analysis.Report;
using ClockSim.Cli;
using ClockSim.Configuration;
using ClockSim.Recording;
using Spectre.Console;

namespace ClockSim.Experiments;

/// <summary>
/// The <c>experiments</c> verb: reruns the suite (or the named experiments) into <c>experiments/results/</c>,
/// then regenerates every table: each experiment's <c>RESULTS.md</c>, <c>results/SUMMARY.md</c> and the
/// generated blocks of <c>NOTEBOOK.md</c>. <c>--report-only</c> regenerates the tables from the runs already there.
/// </summary>
internal static class ExperimentCommand
{
    public const string NotebookFile = "NOTEBOOK.md";

    /// <summary>How many runs go at once unless <c>--parallel</c> says otherwise: a run uses about 1 % of a core.</summary>
    public const int DefaultParallelRuns = 6;

    /// <param name="names">The experiments to rerun; none means all.</param>
    /// <param name="parallel">How many runs at once, 1 or more.</param>
    /// <param name="reportOnly">Whether to regenerate the tables from the runs already there without running any.</param>
    /// <exception cref="SettingsException">An experiment file is not valid.</exception>
    public static async Task<int> RunAsync(IReadOnlyList<string> names, int parallel, bool reportOnly)
    {
        var folder = Path.Combine(ContentRoot.Find(Directory.GetCurrentDirectory()), "experiments");
        IReadOnlyList<Experiment> all = Directory.Exists(folder) ? Experiment.LoadAll(folder) : [];
        if (names.FirstOrDefault(n => all.All(e => e.Name != n)) is { } unknown)
        {
            var known = all.Select(e => e.Name).ToArray();
            var advice = ClosestMatch.Find(unknown, known) is { } closest
                ? $"did you mean {closest}?"
                : $"the experiments are: {string.Join(", ", known)}.";
            return UserError.Report($"no experiment is called '{unknown}'; {advice}");
        }

        var console = AnsiConsole.Console;
        var clock = Stopwatch.StartNew();
        if (!reportOnly)
        {
            var chosen = names.Count == 0 ? all : [.. all.Where(e => names.Contains(e.Name))];
            console.WriteLine($"Running {AnalysisFormat.Count(chosen.Sum(e => e.Options.Seeds.Length), "run")} of "
                + $"{AnalysisFormat.Count(chosen.Count, "experiment")}, {parallel} at a time…");
            if (!await new ExperimentRunner(console, folder, parallel).RunAsync(chosen).ConfigureAwait(false))
            {
                return ExitCodes.Failure;
            }
        }

        var valid = WriteReports(folder, all, console);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {clock.Elapsed.TotalMinutes:0.0} min."));
        return valid ? ExitCodes.Success : ExitCodes.InvalidRun;
    }

    private static bool WriteReports(string folder, IReadOnlyList<Experiment> experiments, IAnsiConsole console)
    {
        IReadOnlyList<(Experiment Experiment, IReadOnlyList<RunAnalysis> Runs)> analysed =
            [.. experiments.Select(e => (e, (IReadOnlyList<RunAnalysis>)Analyse(e.ResultsFolder(folder))))];
        var sections = new Dictionary<string, string>();
        foreach (var (experiment, runs) in analysed)
        {
            sections[experiment.Name] = ExperimentReport.Render(experiment, runs, $"results/{experiment.Name}/");
            if (runs.Count > 0)
            {
                AtomicFile.WriteAllText(Path.Combine(experiment.ResultsFolder(folder), "RESULTS.md"),
                    $"# {experiment.Options.Title}\n\n" + ExperimentReport.Render(experiment, runs, ""));
            }
        }

        sections["summary"] = SuiteSummary.Render(analysed);
        Directory.CreateDirectory(Path.Combine(folder, "results"));
        AtomicFile.WriteAllText(Path.Combine(folder, "results", "SUMMARY.md"), "# The experiments side by side\n\n" + sections["summary"]);

        var notebook = Path.Combine(folder, NotebookFile);
        if (File.Exists(notebook))
        {
            AtomicFile.WriteAllText(notebook, GeneratedSections.Fill(File.ReadAllText(notebook), sections, out var missing));
            foreach (var name in missing)
            {
                console.MarkupLineInterpolated($"[yellow]note[/]: {NotebookFile} has no <!-- generated:{name} --> block; its table is only in results/.");
            }
        }

        console.WriteLine($"Tables written: {Path.Combine(folder, "results", "SUMMARY.md")}, each experiment's RESULTS.md and {NotebookFile}.");
        return analysed.All(e => e.Runs.All(r => r.Verdict.IsValid));
    }

    /// <summary>Analyses every run folder again and rewrites its summary and charts, so they follow the current analysis.</summary>
    private static List<RunAnalysis> Analyse(string resultsFolder)
    {
        var runs = new List<RunAnalysis>();
        if (!Directory.Exists(resultsFolder))
        {
            return runs;
        }

        foreach (var folder in Directory.GetDirectories(resultsFolder).Where(d => File.Exists(Path.Combine(d, RunManifestJson.FileName))))
        {
            var run = RunFolderAnalysis.Analyze(folder, CancellationToken.None);
            RunAnalyzer.WriteFiles(run);
            runs.Add(run);
        }

        return [.. runs.OrderBy(r => r.Manifest.Seed)];
    }
}
