using System.CommandLine;
using ClockSim.Sweeps;

namespace ClockSim.Cli.Verbs;

/// <summary><c>sweep FILE|NAME [--keep-runs]</c>.</summary>
internal static class SweepVerb
{
    public static Verb Create(VerbContext context)
    {
        var file = new Argument<string>("FILE|NAME")
        {
            Description = "A sweep file, relative to the current folder, or the name of one under experiments/sweeps/ (without .json).",
        };
        var keepRuns = new Option<bool>("--keep-runs")
        {
            Description = "Also write every run's folder (CSVs, run.json, undelivered.csv) under runs/ in the results, and check each with the analysis.",
        };
        var command = new Command("sweep", "Run every combination of a sweep file's axes with each of its seeds on the virtual engine, on all cores; "
            + "write runs.csv, summary.md, summary.json and charts to results/<name>/ beside the file. Each combination is also compared, "
            + "paired by seed, with the baseline: Sweep:Baseline (a combination's number or label), or the first.") { file, keepRuns };
        command.SetAction((result, _) => SweepCommand.RunAsync(context.CurrentDirectory, result.GetValue(file)!, result.GetValue(keepRuns)));
        return new Verb(command);
    }
}
