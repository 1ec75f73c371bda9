using System.Text.Json.Serialization;

namespace ClockSim.Recording;

/// <summary>One machine's line of <c>run.json</c>.</summary>
public sealed record MachineManifest
{
    public required int Id { get; init; }

    /// <summary>Ticks per second.</summary>
    public required double TickRate { get; init; }

    /// <summary>
    /// Its start phase in milliseconds: tick k fell due this long plus k / <see cref="TickRate"/> seconds after the shared start.
    /// 0 with aligned phases, and in run folders from before start phases.
    /// </summary>
    public double PhaseMs { get; init; }

    /// <summary>The loopback port it listened on; absent for the virtual engine, which has no sockets.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Port { get; init; }

    public required long Ticks { get; init; }

    /// <summary>Messages sent: a send to all counts once per recipient.</summary>
    public required long Sent { get; init; }

    public required long SendEvents { get; init; }

    public required long SendAllEvents { get; init; }

    public required long Received { get; init; }

    public required long Internal { get; init; }

    /// <summary>Messages that reached its queue but were never taken.</summary>
    public required long LeftInQueue { get; init; }

    /// <summary>Messages it sent that the network lost (<c>LossRate</c>); 0 in run folders from before network conditions.</summary>
    public long DroppedByLoss { get; init; }

    /// <summary>Messages it sent across a partition, which dropped them.</summary>
    public long DroppedByPartition { get; init; }

    /// <summary>Messages it sent that were still held by their configured delay when the run ended.</summary>
    public long InFlightAtEnd { get; init; }

    /// <summary>Its physical clock's offset from true time at the start, in milliseconds; 0 in run folders from before physical clocks.</summary>
    public double ClockOffsetMs { get; init; }

    /// <summary>How fast its physical clock runs against true time, in parts per million; 0 in run folders from before physical clocks.</summary>
    public double ClockDriftPpm { get; init; }

    /// <summary>Requests for the time it sent to the time server (Cristian's synchronisation).</summary>
    public long SyncRequests { get; init; }

    /// <summary>Replies it received and set its clock by: each is a row of <c>sync.csv</c>.</summary>
    public long SyncAdjustments { get; init; }

    public required long FinalClock { get; init; }

    public required long MaxJump { get; init; }

    public required long MaxQueue { get; init; }

    /// <summary>The CSV of its events, relative to the run folder.</summary>
    public required string EventsFile { get; init; }
}
