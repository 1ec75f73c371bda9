using System.Globalization;
using ClockSim.Analysis;
using ClockSim.Analysis.Rules;
using ClockSim.Model;
using ClockSim.Tests.Support;
using Xunit.Abstractions;

namespace ClockSim.Tests.Simulation;

/// <summary>
/// Simulation testing, in the manner of TigerBeetle's simulator: a few hundred configurations drawn from one seed
/// (machines, rates, weights, delay distributions, loss, reordering, partitions, per-link overrides, physical clocks and
/// their synchronisation), each run on the virtual engine for a short simulated time through the program's own host, and
/// every rule of the verdict and the accounting must hold, the hybrid logical clock's among them: checked, not skipped. The configurations come from a pinned test seed, so every run of the suite tries the same
/// ones; set CLOCKSIM_SIMULATION_SEED to try others (any whole number) and CLOCKSIM_SIMULATION_RUNS for more
/// configurations (thousands, say). A failure prints the command that replays it.
/// </summary>
public sealed class RandomConfigurationTests(ITestOutputHelper output)
{
    private const int DefaultRuns = 200;

    private const int PinnedSeed = 20_261_205;

    [Fact]
    public async Task EveryRandomConfiguration_KeepsEveryRule()
    {
        var seed = Environment.GetEnvironmentVariable("CLOCKSIM_SIMULATION_SEED") is { } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : PinnedSeed;
        var runs = Environment.GetEnvironmentVariable("CLOCKSIM_SIMULATION_RUNS") is { } count
            ? int.Parse(count, CultureInfo.InvariantCulture)
            : DefaultRuns;
        output.WriteLine($"Seed of this test: {seed} (CLOCKSIM_SIMULATION_SEED={seed} repeats it); {runs} configurations.");

        var random = new SeededRandom((ulong)seed);
        var withClocks = 0;
        for (var run = 0; run < runs; run++)
        {
            var args = RandomConfiguration.Draw(random);
            var replay = $"Replay it with: dotnet run --project ClockSim -- {string.Join(' ', args)}";
            using var harness = new SimulationHarness(args);
            RunAnalysis analysis;
            try
            {
                analysis = await harness.RunToEndAsync();
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Configuration {run} of test seed {seed} failed to run.\n{replay}", e);
            }

            if (!analysis.Verdict.IsValid)
            {
                Assert.Fail($"Configuration {run} of test seed {seed} breaks a rule: {analysis.Verdict.First[0]}\n{replay}");
            }

            if (analysis.ClocksUnavailableBecause != RunFolderAnalysis.NoEvents)
            {
                Assert.True(Verdict.HlcRules.All(analysis.Verdict.Checked.Contains), $"Configuration {run} of test seed {seed} left the HLC rules unchecked.\n{replay}");
                withClocks++;
            }
        }

        output.WriteLine($"{withClocks} of {runs} configurations had events, and every one of them kept HlcRule, HlcCausality and HlcBound.");
        Assert.True(withClocks > runs / 2, $"Only {withClocks} of {runs} configurations had events to check the clocks on.");
    }
}
