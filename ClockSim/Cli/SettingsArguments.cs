using ClockSim.Configuration;

namespace ClockSim.Cli;

/// <summary>
/// Takes the configuration overrides out of the command line before the verbs are parsed: every
/// <c>--Section:Key=value</c>, and <c>--Section:Key value</c> (the two forms the configuration command line
/// reads). They go to the settings unchanged; everything else is the verbs' business.
/// </summary>
internal static class SettingsArguments
{
    /// <exception cref="SettingsException">An override names a key but gives no value.</exception>
    public static (IReadOnlyList<string> Tokens, IReadOnlyList<string> Overrides) Split(IReadOnlyList<string> args)
    {
        var tokens = new List<string>();
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsOverride(arg))
            {
                tokens.Add(arg);
                continue;
            }

            overrides.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new SettingsException($"{arg} needs a value: {arg}=… or {arg} ….");
                }

                overrides.Add(args[++i]);
            }
        }

        return (tokens, overrides);
    }

    /// <summary>A key of a section, such as <c>--Simulation:Seed</c>: the colon tells it from an option of a verb.</summary>
    private static bool IsOverride(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return (equals < 0 ? arg : arg[..equals]).Contains(':', StringComparison.Ordinal);
    }
}
