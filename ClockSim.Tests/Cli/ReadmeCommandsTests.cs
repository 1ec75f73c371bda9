using System.Text.RegularExpressions;
using ClockSim.Cli;
using ClockSim.Sweeps;
using ClockSim.Hosting;

namespace ClockSim.Tests.Cli;

/// <summary>Every command line the READMEs show parses, and the settings and sweep files it names pass the checks, from the repository root.</summary>
public sealed partial class ReadmeCommandsTests
{
    internal static readonly string Repository = FindRepository();

    public static TheoryData<string> Commands()
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "README.md", Path.Combine("experiments", "README.md") })
        {
            foreach (Match match in Command().Matches(File.ReadAllText(Path.Combine(Repository, file))))
            {
                var line = Regex.Replace(match.Groups["args"].Value, @"\s+", " ").Trim();
                line = line.Replace("<name>", "baseline", StringComparison.Ordinal).Replace("<seed>", "1", StringComparison.Ordinal);
                if (!line.Contains('[', StringComparison.Ordinal))
                {
                    lines.Add(line);
                }
            }
        }

        return [.. lines];
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void ReadmeCommand_IsUnderstood(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parsed = CommandLine.Parse(args, Repository);

        Assert.Null(parsed.Mistake);
        if (parsed.Result.CommandResult.Command.Name == "run" && !line.Contains("runs/", StringComparison.Ordinal))
        {
            var (_, overrides) = SettingsArguments.Split(args);
            var config = parsed.Result.GetValue<string?>("--config");
            InvocationSettings.Load(Repository, config, overrides).Simulation();
        }

        if (parsed.Result.CommandResult.Command.Name == "sweep")
        {
            SweepFileReader.Load(SweepCommand.Locate(parsed.Result.GetValue<string>("FILE|NAME")!, Repository));
        }
    }

    [Fact]
    public void Readmes_ShowCommands() => Assert.True(Commands().Count >= 15);

    private static string FindRepository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "ClockSim.sln")))
        {
            folder = folder.Parent!;
        }

        return folder.FullName;
    }

    /// <summary>
    /// A <c>dotnet run … --project ClockSim --</c> command: inline code (which may wrap onto the next line), or a line of
    /// a code block up to its comment.
    /// </summary>
    [GeneratedRegex(@"`dotnet run (?:-c Release )?--project ClockSim(?: --(?<args>[^`]*))?`|^(?:\$ )?dotnet run (?:-c Release )?--project ClockSim(?: --(?<args>[^#\n]*))?", RegexOptions.Multiline)]
    private static partial Regex Command();
}
