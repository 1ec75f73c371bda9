using System.CommandLine;
using System.CommandLine.Parsing;
using ClockSim.Configuration;
using ClockSim.Hosting;

namespace ClockSim.Cli;

/// <summary>
/// The first mistake on a parsed command line, as one sentence with the closest valid word: an unknown verb
/// ("did you mean analyze?"), an unknown option ("did you mean --parallel?", or a setting: "did you mean
/// --Simulation:Seed=42?", or another verb's option: "did you mean bench --quick?"), a stray argument, an option
/// without its value, settings given to a verb that reads none. Built from the parse result, not the parser's text.
/// </summary>
internal static class UsageErrors
{
    /// <returns>The message, or null when the command line can run.</returns>
    public static string? First(ParseResult result, IReadOnlyList<string> tokens, IReadOnlyList<Verb> verbs, IReadOnlyList<string> overrides)
    {
        var command = result.CommandResult.Command;
        var verb = verbs.FirstOrDefault(v => v.Command == command || v.Command.Subcommands.Contains(command));

        // A parser puts an unknown "--option" into a verb's arguments when it takes any: an option it is all the same.
        var arguments = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Where(LooksLikeOption);
        var order = tokens.ToList();
        var stray = result.UnmatchedTokens.Concat(arguments).OrderBy(order.IndexOf).FirstOrDefault();
        if (stray is not null)
        {
            return LooksLikeOption(stray) ? UnknownOption(stray, command, verb, verbs)
                : verb is null ? UnknownVerb(stray, verbs)
                : $"{FullName(command, verb)} does not take '{stray}'; see {FullName(command, verb)} --help.";
        }

        if (result.Errors.FirstOrDefault() is { } error)
        {
            return error.SymbolResult switch
            {
                OptionResult { Tokens.Count: 0 } option => $"{option.Option.Name} needs a value: {option.Option.Name} <{option.Option.HelpName ?? "value"}>.",
                OptionResult { Tokens.Count: > 1 } option => $"{option.Option.Name} is given more than once.",
                _ => error.Message,
            };
        }

        return overrides.Count > 0 && verb is { ReadsSettings: false }
            ? $"{FullName(command, verb)} reads no settings, so {overrides[0]} would change nothing."
            : null;
    }

    /// <summary>A verb's name, or a verb's command with the verb before it: <c>sweep merge</c>.</summary>
    private static string FullName(Command command, Verb? verb) =>
        verb is null || verb.Command == command ? command.Name : $"{verb.Command.Name} {command.Name}";

    private static string UnknownOption(string token, Command command, Verb? verb, IReadOnlyList<Verb> verbs)
    {
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? token : token[..equals];
        var start = $"{FullName(command, verb)} has no option {name}";
        var own = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).ToArray();
        if (own.Contains(name, StringComparer.Ordinal))
        {
            return $"{name} comes after '--', which makes every word after it an argument; leave '--' out (dotnet run needs it once, before the program's own words).";
        }

        if (ClosestMatch.Find(name, own) is { } closest)
        {
            return $"{start}; did you mean {closest}?";
        }

        if (verb is { ReadsSettings: true } && ClosestSetting(name) is { } setting)
        {
            return $"{start}; did you mean --{setting}={(equals < 0 ? "…" : token[(equals + 1)..])}?";
        }

        if (verbs.FirstOrDefault(v => v.Command.Options.Any(o => !o.Hidden && o.Name == name)) is { } other)
        {
            return $"{start}; did you mean {other.Command.Name} {name}?";
        }

        var listed = string.Join(", ", command.Options.Where(o => !o.Hidden).Select(o => o.Name));
        return $"{start}; its options are {listed}.";
    }

    private static string UnknownVerb(string token, IReadOnlyList<Verb> verbs)
    {
        var names = verbs.Select(v => v.Command.Name).ToArray();
        if (ClosestMatch.Find(token, names) is { } closest)
        {
            return $"unknown command '{token}'; did you mean {closest}?";
        }

        return token.Contains(':', StringComparison.Ordinal)
            ? $"unknown command '{token}'; a setting is written --{token}."
            : $"unknown command '{token}'; the commands are {string.Join(", ", names)}.";
    }

    /// <summary>The setting whose last name is closest to <paramref name="option"/>: <c>--seed</c> → <c>Simulation:Seed</c>.</summary>
    private static string? ClosestSetting(string option)
    {
        var section = InvocationSettings.SimulationSection;
        var keys = section.Shape!.Keys(section.Name).ToArray();
        var names = keys.Select(k => k[(k.LastIndexOf(':') + 1)..]).Distinct(StringComparer.Ordinal);
        return ClosestMatch.Find(option, names) is { } name ? keys.First(k => k.EndsWith(":" + name, StringComparison.Ordinal)) : null;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]);
}
