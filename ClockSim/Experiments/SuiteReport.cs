using ClockSim.Analysis;
using ClockSim.Recording;
using ClockSim.Sweeps;
using Spectre.Console;
using ClockSim.Application;

namespace ClockSim.Experiments;

/// <summary>
/// Regenerates every table of the suite from the results on disk: each experiment's <c>RESULTS.md</c> (its runs and
/// its virtual twin), <c>results/SUMMARY.md</c>, and the generated blocks of <c>NOTEBOOK.md</c>: one per experiment, one
/// per experiment's twin (<c>NAME-virtual</c>), one per committed sweep (<c>sweep-NAME</c>, and where it has them
/// <c>sweep-NAME-paired</c>, <c>sweep-NAME-threshold</c>, <c>sweep-NAME-weighted</c> and <c>sweep-NAME-reach</c>: see
/// <see cref="SweepSection"/>), the summary, and <c>twins</c>: how every experiment's runs sit among their twin.
/// </summary>
internal static class SuiteReport
{
    /// <returns>Whether every socket run is valid.</returns>
    public static bool Write(string folder, IReadOnlyList<Experiment> experiments, IReadOnlyList<SweepFile> sweeps, IAnsiConsole console)
    {
        IReadOnlyList<(Experiment Experiment, IReadOnlyList<RunAnalysis> Runs)> analysed =
            [.. experiments.Select(e => (e, (IReadOnlyList<RunAnalysis>)Analyse(e.ResultsFolder(folder))))];
        var sections = new Dictionary<string, string>();

        // A sweep's paired, threshold and weighted blocks are there for prose that cites them: a notebook without one is not told.
        var optional = new HashSet<string>();
        var twins = new List<(Experiment, IReadOnlyList<RunAnalysis>, TwinCounts)>();
        foreach (var (experiment, runs) in analysed)
        {
            var twinFolder = VirtualTwin.ResultsOf(experiment, folder);
            var twin = File.Exists(Path.Combine(twinFolder, SweepSummaryJson.FileName)) ? SweepSummaryJson.Read(twinFolder) : null;
            var twinRuns = twin is null ? [] : RunsCsv.Read(twinFolder);
            sections[experiment.Name] = ExperimentReport.Render(experiment, runs, $"results/{experiment.Name}/");
            sections[experiment.Name + "-virtual"] = TwinReport.Render(experiment, runs, twin, twinRuns, Link(folder, twinFolder));
            twins.Add((experiment, runs, TwinReport.Counts(runs, twin, twinRuns)));
            if (runs.Count > 0)
            {
                var results = experiment.ResultsFolder(folder);
                AtomicFile.WriteAllText(Path.Combine(results, "RESULTS.md"),
                    $"# {MarkdownText.Escape(experiment.Options.Title)}\n\n" + ExperimentReport.Render(experiment, runs, "") + "\n" + TwinReport.Render(experiment, runs, twin, twinRuns, Link(results, twinFolder)));
            }
        }

        foreach (var sweep in sweeps.Where(s => File.Exists(Path.Combine(s.ResultsFolder, SweepSummaryJson.FileName))))
        {
            var summary = SweepSummaryJson.Read(sweep.ResultsFolder);
            sections["sweep-" + sweep.Name] = SweepSection.Render(summary, sweep.ResultsFolder, Link(folder, sweep.ResultsFolder));
            foreach (var (name, block) in SweepSection.Extras(summary, Link(folder, sweep.ResultsFolder)))
            {
                sections[name] = block;
                optional.Add(name);
            }
        }

        sections["summary"] = SuiteSummary.Render(analysed);
        sections["twins"] = TwinSummary.Render(twins);
        Directory.CreateDirectory(Path.Combine(folder, "results"));
        AtomicFile.WriteAllText(Path.Combine(folder, "results", "SUMMARY.md"), "# The experiments side by side\n\n" + sections["summary"]);

        var notebook = Path.Combine(folder, ExperimentCommand.NotebookFile);
        if (File.Exists(notebook))
        {
            AtomicFile.WriteAllText(notebook, GeneratedSections.Fill(File.ReadAllText(notebook), sections, out var missing));
            foreach (var name in missing.Where(n => !optional.Contains(n)))
            {
                console.MarkupLineInterpolated($"[yellow]note[/]: {ExperimentCommand.NotebookFile} has no <!-- generated:{name} --> block; its table is only in results/.");
            }
        }

        console.WriteLine($"Tables written: {Path.Combine(folder, "results", "SUMMARY.md")}, each experiment's RESULTS.md and {ExperimentCommand.NotebookFile}.");
        return analysed.All(e => e.Runs.All(r => r.Verdict.IsValid));
    }

    /// <summary>The path from a document in <paramref name="from"/> to <paramref name="to"/>, with forward slashes and a trailing one.</summary>
    private static string Link(string from, string to) => Path.GetRelativePath(from, to).Replace('\\', '/') + "/";

    /// <summary>
    /// Analyses every run folder again and rewrites its summary and charts, so they follow the current analysis; the
    /// charts as PNG files too, which the notebook embeds.
    /// </summary>
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
            RunAnalyzer.WriteFiles(run, pngCharts: true);
            runs.Add(run);
        }

        return [.. runs.OrderBy(r => r.Manifest.Seed)];
    }
}
