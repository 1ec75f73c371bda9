namespace ClockSim.Model;

/// <summary>The weights of a tick's actions when the queue is empty: send to one peer, send to all, an internal event.</summary>
internal readonly record struct ActionWeights(double SendToOne, double SendToAll, double Internal);
