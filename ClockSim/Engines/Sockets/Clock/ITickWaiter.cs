namespace ClockSim.Engines.Sockets.Clock;

/// <summary>How the tick clock waits for its next deadline; tests substitute one that advances fake time.</summary>
internal interface ITickWaiter
{
    /// <summary>Waits about <paramref name="duration"/>, or less if <paramref name="cancellationToken"/> fires.</summary>
    void Wait(TimeSpan duration, CancellationToken cancellationToken);
}
