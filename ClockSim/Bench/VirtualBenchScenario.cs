using System.Globalization;

namespace ClockSim.Bench;

/// <summary>One fixed run of the virtual engine: machines at one pinned rate (or pinned rates) for a simulated time.</summary>
/// <param name="Target">What the scenario must reach: events per second for a run alone, times faster than real time for a whole process.</param>
/// <param name="MaxPeakMemoryMb">The most its process may hold at its peak, where that is a target too.</param>
/// <param name="MaxWallSeconds">The longest it may take, where that is a target too.</param>
internal sealed record VirtualBenchScenario(
    string Name, string Purpose, IReadOnlyList<double> Rates, double Seconds, double QuickSeconds, VirtualSink Sink, double Target,
    double? MaxPeakMemoryMb = null, double? MaxWallSeconds = null)
{
    public double DurationSeconds(bool quick) => quick ? QuickSeconds : Seconds;

    public string RatesText => Rates.Distinct().Count() == 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Rates.Count} × {Rates[0]}/s")
        : string.Join(", ", Rates.Select(r => r.ToString(CultureInfo.InvariantCulture))) + " /s";

    /// <summary>The same run as the bench's socket scenarios describe theirs, on the virtual engine.</summary>
    public BenchScenario AsRun() => new(Name, Purpose, Rates, Seconds, QuickSeconds, Settings: ["--Simulation:Engine=Virtual"]);
}
