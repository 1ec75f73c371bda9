using CsvHelper;

namespace ClockSim.Recording;

/// <summary>One line of <c>undelivered.csv</c>: a message sent to <see cref="To"/> that it never received, and why.</summary>
[CsvRecord]
public sealed partial class UndeliveredRow
{
    /// <summary><c>&lt;sender&gt;-&lt;sequence&gt;</c>, as on its send row.</summary>
    public string MessageId { get; set; } = "";

    /// <summary>The sender's id.</summary>
    public int From { get; set; }

    /// <summary>The recipient's id.</summary>
    public int To { get; set; }

    /// <summary>Milliseconds from the run's start to the send, as the send row's <c>ElapsedMs</c>.</summary>
    public double SentMs { get; set; }

    /// <summary><c>Loss</c>, <c>Partition</c>, <c>InQueueAtEnd</c> or <c>InFlightAtEnd</c>.</summary>
    public string Reason { get; set; } = "";
}
