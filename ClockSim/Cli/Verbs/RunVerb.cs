using System.CommandLine;

namespace ClockSim.Cli.Verbs;

/// <summary><c>run [--config FILE] [--dry-run] [--Simulation:Key=value ...]</c>: the default verb.</summary>
internal static class RunVerb
{
    public const string Name = "run";

    public static Verb Create(VerbContext context)
    {
        var config = ConfigOption.Create();
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Print the resolved settings, each with where it came from, and exit without running.",
        };
        var command = new Command(Name, "Run one simulation (the default command), write its run folder and analyse it.") { config, dryRun };
        command.SetAction((result, _) => RunCommand.RunAsync(context.Settings(result.GetValue(config)), result.GetValue(dryRun)));
        return new Verb(command, ReadsSettings: true, MoreHelp: output =>
        {
            SettingsHelp.Write(output);
            SettingLimits.Write(output);
        });
    }
}
