namespace ClockSim.Model;

/// <summary>The two messages of a round of Cristian's algorithm.</summary>
internal enum SyncKind : byte
{
    /// <summary>A machine asks the time server for the time.</summary>
    Request = 1,

    /// <summary>The time server answers with its reading.</summary>
    Reply = 2,
}
