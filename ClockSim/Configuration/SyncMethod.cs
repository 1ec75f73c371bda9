namespace ClockSim.Configuration;

/// <summary>How the machines' physical clocks are synchronised.</summary>
public enum SyncMethod
{
    /// <summary>Never: each clock keeps its offset and drift all run long.</summary>
    None,

    /// <summary>
    /// Cristian's algorithm: a machine sends a request at its reading T0; machine 1 replies with its own reading S; at
    /// the reply's arrival, at its reading T1, the machine sets its clock to S + (T1 − T0) / 2, which may move it backwards.
    /// </summary>
    Cristian,
}
