namespace ClockSim.Model;

/// <summary>The purposes that draw random numbers in a run, each from a <see cref="SeededRandom"/> stream of its own.</summary>
internal enum RandomStream
{
    /// <summary>The tick rates drawn when <c>TickRates</c> is empty.</summary>
    TickRates = 1,

    /// <summary>A machine's actions and peers (one stream per machine id).</summary>
    MachineActions = 2,

    /// <summary>The network's delays, losses and reordering.</summary>
    Network = 3,

    /// <summary>The pairs of events the analysis samples when a run is too large to count every pair.</summary>
    CausalitySample = 4,

    /// <summary>Each machine's start phase (one stream per machine id), drawn whatever the phase setting, so it shifts no other draw.</summary>
    TickPhases = 5,

    /// <summary>Each machine's physical clock offset and drift (one stream per machine id), drawn whatever the clock settings.</summary>
    PhysicalClocks = 6,

    /// <summary>The network's delays and losses of the clock synchronisation's messages, one stream per link, apart from the model's messages.</summary>
    SyncNetwork = 7,
}
