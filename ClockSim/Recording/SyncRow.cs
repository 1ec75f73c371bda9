using CsvHelper;

namespace ClockSim.Recording;

/// <summary>One line of <c>sync.csv</c>: one correction of a machine's physical clock by Cristian's algorithm.</summary>
[CsvRecord]
public sealed partial class SyncRow
{
    /// <summary>The machine whose clock was set.</summary>
    public int Machine { get; set; }

    /// <summary>True time of the correction: milliseconds since the run's start, as <c>ElapsedMs</c> counts them.</summary>
    public double ElapsedMs { get; set; }

    /// <summary>The clock's reading just before, in its own milliseconds, as <c>PhysicalMs</c>.</summary>
    public decimal BeforeMs { get; set; }

    /// <summary>Its reading just after: the server's reading plus half the round trip, cut to the resolution.</summary>
    public decimal AfterMs { get; set; }

    /// <summary><c>AfterMs</c> − <c>BeforeMs</c>: negative when the clock was set back.</summary>
    public decimal StepMs { get; set; }

    /// <summary>The round trip of the request by the machine's clock, T1 − T0, in milliseconds.</summary>
    public decimal RoundTripMs { get; set; }
}
