using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ClockSim.Cli;

/// <summary>The generated help, followed by whatever the verb adds (for <c>run</c>, every setting).</summary>
internal sealed class VerbHelpAction(IReadOnlyList<Verb> verbs) : SynchronousCommandLineAction
{
    private readonly HelpAction _generated = new();

    /// <summary>As for the generated help: asking for help is not a mistake, whatever else the line holds.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = _generated.Invoke(parseResult);
        var verb = verbs.FirstOrDefault(v => v.Command == parseResult.CommandResult.Command);
        verb?.MoreHelp?.Invoke(parseResult.InvocationConfiguration.Output);
        return exitCode;
    }
}
