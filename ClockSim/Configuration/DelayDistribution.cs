namespace ClockSim.Configuration;

/// <summary>How long a message takes from its send to its recipient's queue.</summary>
public enum DelayDistribution
{
    /// <summary>The engine's own network: loopback TCP for sockets, 0.1 ms for virtual time.</summary>
    None,

    /// <summary>Every message takes <c>MeanMs</c>.</summary>
    Constant,

    /// <summary>Uniform between <c>MinMs</c> and <c>MaxMs</c>.</summary>
    Uniform,

    /// <summary><c>MinMs</c> plus an exponential with mean <c>MeanMs</c> − <c>MinMs</c>.</summary>
    Exponential,
}
