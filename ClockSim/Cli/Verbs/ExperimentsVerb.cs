using System.CommandLine;
using System.Globalization;
using ClockSim.Experiments;

namespace ClockSim.Cli.Verbs;

/// <summary><c>experiments [NAME ...] [--parallel N] [--report-only]</c>.</summary>
internal static class ExperimentsVerb
{
    public static Verb Create(VerbContext context)
    {
        var names = new Argument<string[]>("NAME")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "The experiments and sweeps to rerun: file names under experiments/ or experiments/sweeps/ without .json. Default: all of them.",
        };
        var parallel = new Option<int>("--parallel")
        {
            HelpName = "N",
            Description = "How many socket runs at once.",
            DefaultValueFactory = _ => ExperimentCommand.DefaultParallelRuns,
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs >= 1)
                {
                    return runs;
                }

                result.AddError($"--parallel needs a whole number of runs at once, 1 or more, not '{text}'.");
                return 0;
            },
        };
        var reportOnly = new Option<bool>("--report-only") { Description = "Regenerate the tables from the results already there; run nothing." };
        var virtualOnly = new Option<bool>("--virtual-only")
        {
            Description = "Keep the committed runs; rerun only the twins (from those runs) and the sweeps, then regenerate the tables.",
        };
        var command = new Command("experiments", "Rerun every experiment under experiments/ (or the named ones) into "
            + "experiments/results/, then each experiment's virtual twin and every sweep under experiments/sweeps/, "
            + "then regenerate the tables and NOTEBOOK.md.") { names, parallel, reportOnly, virtualOnly };
        command.SetAction((result, _) => ExperimentCommand.RunAsync(
            context.CurrentDirectory,
            result.GetValue(names) ?? [], result.GetValue(parallel), result.GetValue(reportOnly) ? SuiteStep.Report : result.GetValue(virtualOnly) ? SuiteStep.Virtual : SuiteStep.All));
        return new Verb(command);
    }
}
