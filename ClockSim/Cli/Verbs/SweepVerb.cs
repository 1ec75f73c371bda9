using System.CommandLine;
using ClockSim.Sweeps;
using ClockSim.Sweeps.Shards;

namespace ClockSim.Cli.Verbs;

/// <summary><c>sweep FILE|NAME [--keep-runs] [--shard K/N] [--shard-dir DIR]</c>, and <c>sweep merge FILE|NAME [--shard-dir DIR]</c>.</summary>
internal static class SweepVerb
{
    private const string FileDescription = "A sweep file, relative to the current folder, or the name of one under experiments/sweeps/ (without .json).";

    public static Verb Create(VerbContext context)
    {
        var file = new Argument<string>("FILE|NAME") { Description = FileDescription };
        var keepRuns = new Option<bool>("--keep-runs")
        {
            Description = "Also write every run's folder (CSVs, run.json, undelivered.csv) under runs/ in the results, and check each with the analysis.",
        };
        var shard = new Option<string>("--shard")
        {
            HelpName = "K/N",
            Description = $"Run only the K-th of N slices of the runs (runs K, K+N, K+2N, …) into a shard folder, for sweep merge. "
                + $"{ShardArgument.FromEnvironment}/N takes K from {ShardArgument.SlurmVariable} (Slurm, as the array is declared: --array=1-N) "
                + $"or {ShardArgument.KubernetesVariable} (a Kubernetes Indexed Job, from 0).",
        };
        var shardDir = ShardDirOption();
        var mergeFile = new Argument<string>("FILE|NAME") { Description = FileDescription };
        var mergeShardDir = ShardDirOption();
        var merge = new Command("merge", "Check that the shards of a sweep are all there, of the same sweep file and version, none interrupted, "
            + "each run once; then write runs.csv, summary.md, summary.json and the charts to results/<name>/, as the whole sweep in one process would.")
            { mergeFile, mergeShardDir };
        merge.SetAction(result => SweepCommand.Merge(context.CurrentDirectory, result.GetValue(mergeFile)!, result.GetValue(mergeShardDir)));
        var command = new Command("sweep", "Run every combination of a sweep file's axes with each of its seeds on the virtual engine, on all cores; "
            + "write runs.csv, summary.md, summary.json and charts to results/<name>/ beside the file. Each combination is also compared, "
            + "paired by seed, with the baseline: Sweep:Baseline (a combination's number or label), or the first. "
            + "With --shard K/N, run one slice of the runs on this machine, and sweep merge the shards.") { file, keepRuns, shard, shardDir, merge };
        command.SetAction((result, _) => SweepCommand.RunAsync(context.CurrentDirectory, result.GetValue(file)!, result.GetValue(keepRuns), result.GetValue(shard), result.GetValue(shardDir)));
        return new Verb(command);
    }

    private static Option<string> ShardDirOption() => new("--shard-dir")
    {
        HelpName = "DIR",
        Description = $"Where the shard folders are, DIR/K-of-N/ (a shared file system). Default: results/<name>{ShardFolders.Suffix}/ beside the results.",
    };
}
