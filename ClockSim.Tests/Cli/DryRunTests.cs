using ClockSim.Cli;
using ClockSim.Tests.Support;
using ClockSim.Hosting;

namespace ClockSim.Tests.Cli;

public sealed class DryRunTests
{
    [Fact]
    public void Write_ListsEachSettingWithItsOrigin_AndWhereRunsGo()
    {
        using var root = new TempDirectory();
        root.Write("appsettings.json", """{ "Simulation": { "Machines": 4 } }""");
        var settings = InvocationSettings.Create(root.Path, null, ["--Simulation:Seed=9"]);
        using var output = new StringWriter();

        DryRun.Write(output, settings, settings.Simulation());

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Matches(@"^  Simulation:Machines +4 +.*appsettings\.json$", lines.Single(l => l.Contains("Simulation:Machines", StringComparison.Ordinal)));
        Assert.Matches("^  Simulation:Seed +9 +command line$", lines.Single(l => l.Contains("Simulation:Seed", StringComparison.Ordinal)));
        Assert.Matches("^  Simulation:DurationSeconds +60 +default$", lines.Single(l => l.Contains("DurationSeconds", StringComparison.Ordinal)));
        Assert.Contains($"Run folders go under: {Path.Combine(root.Path, "runs")}", lines);
    }
}
