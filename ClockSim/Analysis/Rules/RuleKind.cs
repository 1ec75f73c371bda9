namespace ClockSim.Analysis.Rules;

/// <summary>The rules a run must keep; each violation names one.</summary>
internal enum RuleKind
{
    /// <summary>Every row parses, has the file's machine id, and carries a message id and clock where its event needs them.</summary>
    RowFormat,

    /// <summary>Ticks are numbered 1..n without gaps, in time order.</summary>
    TickNumbering,

    /// <summary>The logical clock rises on every event.</summary>
    MonotonicClock,

    /// <summary><c>Jump</c> is the clock minus the previous clock (0 before the first row).</summary>
    JumpConsistent,

    /// <summary>A receive sets the clock to max(local before, carried) + 1.</summary>
    ReceiveRule,

    /// <summary>A send, a send to all or an internal event adds exactly 1.</summary>
    LocalEventRule,

    /// <summary>A receive's clock is above its send's, and it carries the clock the send carried.</summary>
    ClockCondition,

    /// <summary>Every receive matches exactly one send, by a machine the send was addressed to.</summary>
    MessageMatch,

    /// <summary>The messages add up, and run.json agrees with the CSVs.</summary>
    Conservation,

    /// <summary>
    /// A row's vector clock has one entry per machine, its own entry is its tick number, and an event other than a
    /// receive leaves every other entry as the row before had it.
    /// </summary>
    VectorClockRule,

    /// <summary>A receive's vector is the element-wise maximum of the row before's and the one its send carried, with its own entry its tick.</summary>
    VectorReceiveRule,

    /// <summary>
    /// Every event's hybrid logical clock follows from the one before it, its physical reading and, for a receive, the
    /// HLC its send carried, by the rules of Kulkarni et al. (<see cref="Model.HybridLogicalClock"/>).
    /// </summary>
    HlcRule,

    /// <summary>Happened-before implies HLC order: on every machine's events in turn, on every message, and on every pair of events compared.</summary>
    HlcCausality,

    /// <summary>No event's l is ahead of its physical reading by more than ε, the largest offset between two machines' clocks observed in the run, plus one resolution step.</summary>
    HlcBound,
}
