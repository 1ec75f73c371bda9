using System.CommandLine;

namespace ClockSim.Cli.Verbs;

/// <summary><c>analyze [RUN_FOLDER] [--config FILE] [--Simulation:OutputDirectory=DIR] [--Simulation:PngCharts=true]</c>.</summary>
internal static class AnalyzeVerb
{
    public static Verb Create(VerbContext context)
    {
        var folder = new Argument<string?>("RUN_FOLDER")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The run folder: relative to the current folder, or a run's name under Simulation:OutputDirectory. "
                + "Default: the newest run there.",
        };
        var config = ConfigOption.Create();
        var command = new Command("analyze", "Analyse a run folder: write summary.md and report.html (and the charts as PNG files with --Simulation:PngCharts=true) into it, print the key figures "
            + "and the verdict. Exit code 1 when the run breaks a rule, 2 when the folder cannot be read.") { folder, config };
        command.SetAction((result, cancellation) =>
            AnalyzeCommand.RunAsync(context, result.GetValue(folder), result.GetValue(config), cancellation));
        return new Verb(command, ReadsSettings: true);
    }
}
