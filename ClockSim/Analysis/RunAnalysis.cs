using ClockSim.Analysis.Export;
using ClockSim.Analysis.Report.Html;
using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Charts;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Statistics;
using ClockSim.Analysis.Theory;
using ClockSim.Recording;

namespace ClockSim.Analysis;

/// <summary>The analysis of one run folder: the figures, the verdict, and the series the charts are drawn from.</summary>
internal sealed record RunAnalysis
{
    public required string Folder { get; init; }

    public required RunManifest Manifest { get; init; }

    public required IReadOnlyList<MachineAnalysis> Machines { get; init; }

    /// <summary>Real seconds from the start to the last row of any CSV: the span every rate and mean is taken over.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>p of the model: the chance that a tick with an empty queue sends to one given peer.</summary>
    public required double SendProbability { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>How much order Lamport's clock invents; null when there is nothing to count (see <see cref="CausalityUnavailableBecause"/>).</summary>
    public required CausalityFigures? Causality { get; init; }

    /// <summary>Why <see cref="Causality"/> is null: a run folder written before vector clocks, or a run with no events; null when it is not.</summary>
    public required string? CausalityUnavailableBecause { get; init; }

    /// <summary>The four clocks side by side (physical, Lamport, vector, hybrid logical); null when there is nothing to compare (see <see cref="ClocksUnavailableBecause"/>).</summary>
    public ClockFigures? Clocks { get; init; }

    /// <summary>Why <see cref="Clocks"/> is null: a run folder written before the clocks, before vector clocks, or a run with no events.</summary>
    public string? ClocksUnavailableBecause { get; init; }

    /// <summary>The configured network beside what the run measured of it.</summary>
    public required NetworkFigures Network { get; init; }

    /// <summary>The rows report.html draws; null when the analysis was made without them (a sweep's check of its folder).</summary>
    public ReportColumns? Report { get; init; }

    /// <summary>The lines of run.shiviz.log, written for a valid run with vector clocks; null when the analysis was made without them.</summary>
    public ShiVizLines? ShiViz { get; init; }

    /// <summary>The machines' clock and queue on the charts' grid.</summary>
    public required ChartSeries Charts { get; init; }

    /// <summary>Machine i's received messages at index i − 1.</summary>
    public required IReadOnlyList<DelaySamples> Delays { get; init; }

    /// <summary>The fastest final clock minus the slowest.</summary>
    public long FinalClockGap => Machines.Count == 0 ? 0 : Machines.Max(m => m.Counts.FinalClock) - Machines.Min(m => m.Counts.FinalClock);
}
