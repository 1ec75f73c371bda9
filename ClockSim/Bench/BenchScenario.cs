using System.Globalization;
using static System.FormattableString;

namespace ClockSim.Bench;

/// <summary>
/// One fixed benchmark run: a mesh of machines at pinned rates for a set time. With <paramref name="WholeProcess"/>
/// it is also run as the user runs it, through the <c>run</c> command (with its analysis and report), and measured from outside.
/// </summary>
/// <param name="Settings">More overrides, e.g. a configured network.</param>
internal sealed record BenchScenario(
    string Name, string Purpose, IReadOnlyList<double> Rates, double Seconds, double QuickSeconds, bool WholeProcess = false, IReadOnlyList<string>? Settings = null)
{
    public int Machines => Rates.Count;

    public double DurationSeconds(bool quick) => quick ? QuickSeconds : Seconds;

    /// <summary>The configuration overrides that make this scenario a simulation run.</summary>
    public IEnumerable<string> Arguments(bool quick, string outputDirectory)
    {
        yield return Invariant($"--Simulation:Machines={Machines}");
        yield return Invariant($"--Simulation:DurationSeconds={DurationSeconds(quick)}");
        yield return "--Simulation:Seed=2026";
        yield return $"--Simulation:OutputDirectory={outputDirectory}";
        for (var i = 0; i < Rates.Count; i++)
        {
            yield return Invariant($"--Simulation:TickRates:{i}={Rates[i]}");
        }

        foreach (var setting in Settings ?? [])
        {
            yield return setting;
        }
    }

    public string RatesText => Rates.Distinct().Count() == 1
        ? Invariant($"{Machines} × {Rates[0]}/s")
        : string.Join(", ", Rates.Select(r => r.ToString(CultureInfo.InvariantCulture))) + " /s";
}
