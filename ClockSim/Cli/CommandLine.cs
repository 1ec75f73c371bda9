using ClockSim.Bench;
using ClockSim.Experiments;

namespace ClockSim.Cli;

/// <summary>
/// Splits the command line into a verb, the program's own options and the configuration overrides
/// (every <c>--Section:Key=value</c>), and runs the verb.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: ClockSim [run] [--config FILE] [--Simulation:Key=value ...]
               ClockSim analyze [RUN_FOLDER] [--config FILE] [--Simulation:OutputDirectory=DIR]
               ClockSim bench [--quick]
               ClockSim experiments [NAME ...] [--parallel N] [--report-only]

          run              Run one simulation (the default), write its run folder and analyse it.
          analyze          Analyse a run folder (default: the newest run under Simulation:OutputDirectory):
                           write summary.md and charts into it, print the key figures and the verdict.
                           Exit code 1 when the run breaks a rule, 2 when the folder cannot be read.
          bench            Measure tick fidelity, message latency, scale and cost; save the figures
                           to experiments/bench/results.md (--quick: under a minute).
          experiments      Rerun every experiment under experiments/ (or the named ones) into
                           experiments/results/ and regenerate its tables and NOTEBOOK.md;
                           --report-only regenerates the tables from the runs already there.
          --config FILE    Layer an appsettings-style JSON file (e.g. experiments/baseline.json) over
                           appsettings.json; --Simulation:Key=value overrides still win.
          --help           Show this text.

        Examples:
          dotnet run --project ClockSim -- --Simulation:DurationSeconds=120
          dotnet run --project ClockSim -- --Simulation:Weights:Internal=2 --Simulation:Seed=42
          dotnet run --project ClockSim -- analyze runs/20261125-120000-seed42
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var rest = new List<string>(args);
        if (rest.Remove("--help") || rest.Remove("-h"))
        {
            Console.WriteLine(Usage);
            return ExitCodes.Success;
        }

        if (!TryTakeOption(rest, "--config", out var experimentFile, out var error))
        {
            return UserError.Report(error);
        }

        if (experimentFile is not null && !File.Exists(experimentFile))
        {
            return UserError.Report($"--config: the file '{experimentFile}' does not exist.");
        }

        var verb = rest.Count > 0 && !rest[0].StartsWith('-') ? rest[0] : "run";
        if (rest.Count > 0 && rest[0] == verb)
        {
            rest.RemoveAt(0);
        }

        return verb switch
        {
            "run" => await RunCommand.RunAsync([.. rest], experimentFile).ConfigureAwait(false),
            "analyze" => await AnalyzeCommand.RunAsync([.. rest], experimentFile).ConfigureAwait(false),
            "bench" => await BenchCommand.RunAsync(rest).ConfigureAwait(false),
            "experiments" => await ExperimentCommand.RunAsync(rest).ConfigureAwait(false),
            _ => UserError.Report($"unknown command '{verb}'. Run with --help to see the commands."),
        };
    }

    /// <summary>Removes <c>--name value</c> or <c>--name=value</c> from <paramref name="args"/>.</summary>
    private static bool TryTakeOption(List<string> args, string name, out string? value, out string error)
    {
        value = null;
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                value = args[i][(name.Length + 1)..];
                args.RemoveAt(i);
                return true;
            }

            if (args[i] == name)
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{name} needs a file name.";
                    return false;
                }

                value = args[i + 1];
                args.RemoveRange(i, 2);
                return true;
            }
        }

        return true;
    }
}
