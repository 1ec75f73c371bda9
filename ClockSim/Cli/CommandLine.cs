using System.CommandLine;
using System.CommandLine.Help;
using ClockSim.Cli.Verbs;
using ClockSim.Configuration;
using ClockSim.Application;

namespace ClockSim.Cli;

/// <summary>
/// The program's command line: the configuration overrides (<c>--Section:Key=value</c>) go to the settings, the rest
/// is parsed as a verb with typed options. A command line that starts with an option, or is empty, runs <c>run</c>.
/// Every mistake ends in one <c>error:</c> line and exit code 2. A verb is one file in <c>Verbs/</c>, listed here.
/// </summary>
internal static class CommandLine
{
    private static readonly Func<VerbContext, Verb>[] VerbFactories = [RunVerb.Create, AnalyzeVerb.Create, BenchVerb.Create, ExperimentsVerb.Create, SweepVerb.Create];

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var parsed = Parse(args, Directory.GetCurrentDirectory());
            if (parsed.Mistake is not null)
            {
                return UserError.Report(parsed.Mistake);
            }

            // The host handles Ctrl+C itself, so a run can write its files before the process ends.
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parsed.Result.InvokeAsync(invocation).ConfigureAwait(false);
        }
        catch (SettingsException e)
        {
            foreach (var problem in e.Problems)
            {
                UserError.Report(problem);
            }

            return ExitCodes.BadConfiguration;
        }
    }

    /// <summary>Parses <paramref name="args"/> as the user typed them, in <paramref name="currentDirectory"/>.</summary>
    /// <exception cref="SettingsException">A settings override has no value.</exception>
    public static ParsedLine Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        var (tokens, overrides) = SettingsArguments.Split(args);
        var context = new VerbContext(currentDirectory, overrides);
        var verbs = VerbFactories.Select(create => create(context)).ToArray();
        var root = CreateRoot(verbs);
        var line = WithDefaultVerb(tokens, root);
        var result = root.Parse(line);
        return new ParsedLine(result, result.Action is VerbHelpAction ? null : UsageErrors.First(result, line, verbs, overrides));
    }

    private static RootCommand CreateRoot(IReadOnlyList<Verb> verbs)
    {
        var root = new RootCommand("ClockSim: a scale model of an asynchronous distributed system, for watching Lamport clocks. "
            + $"Without a command it runs one simulation ({RunVerb.Name}); see {RunVerb.Name} --help for its settings.");
        foreach (var verb in verbs)
        {
            root.Add(verb.Command);
        }

        root.Options.OfType<HelpOption>().Single().Action = new VerbHelpAction(verbs);
        return root;
    }

    /// <summary>Puts <c>run</c> in front of a command line that is empty or starts with an option of its own.</summary>
    private static IReadOnlyList<string> WithDefaultVerb(IReadOnlyList<string> tokens, RootCommand root)
    {
        var first = tokens.FirstOrDefault();
        var rootOption = first is not null && root.Options.Any(o => o.Name == first || o.Aliases.Contains(first));
        return first is null || (first.StartsWith('-') && !rootOption) ? [RunVerb.Name, .. tokens] : tokens;
    }
}
