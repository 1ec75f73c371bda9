using CsvHelper;

namespace ClockSim.Recording;

/// <summary>
/// One line of <c>machine-&lt;id&gt;.csv</c>. The member order is the column order of the fixed header
/// <c>Machine,Tick,SystemTime,ElapsedMs,Event,LogicalClock,Jump,QueueLength,Peer,MessageId,MessageClock</c>.
/// </summary>
[CsvRecord]
public sealed partial class EventRow
{
    /// <summary>The header, in column order: what the writer writes (a test holds the two together) and what readers expect.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Machine", "Tick", "SystemTime", "ElapsedMs", "Event", "LogicalClock", "Jump", "QueueLength", "Peer", "MessageId", "MessageClock"];

    /// <summary>The machine's id, from 1.</summary>
    public int Machine { get; set; }

    /// <summary>The machine's tick number, from 1.</summary>
    public long Tick { get; set; }

    /// <summary>The real UTC time of the event, ISO 8601 with milliseconds.</summary>
    [CsvFormat("yyyy-MM-dd'T'HH:mm:ss.fff'Z'")]
    public DateTime SystemTime { get; set; }

    /// <summary>Milliseconds since the run's start instant, to the microsecond.</summary>
    public double ElapsedMs { get; set; }

    /// <summary><c>Receive</c>, <c>Send</c>, <c>SendAll</c> or <c>Internal</c>.</summary>
    public string Event { get; set; } = "";

    /// <summary>The logical clock after the event.</summary>
    public long LogicalClock { get; set; }

    /// <summary>The logical clock after the event minus before it.</summary>
    public long Jump { get; set; }

    /// <summary>Messages left in the queue after the tick's action.</summary>
    public int QueueLength { get; set; }

    /// <summary>The sender of a receive, the recipient of a send, the recipients of a send to all joined with <c>;</c>.</summary>
    public string? Peer { get; set; }

    /// <summary><c>&lt;sender&gt;-&lt;sequence&gt;</c>, shared by a send and its receives.</summary>
    public string? MessageId { get; set; }

    /// <summary>The clock value the message carries.</summary>
    public long? MessageClock { get; set; }
}
