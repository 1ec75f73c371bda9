namespace ClockSim.Model;

/// <summary>How many messages a machine's send events put on the wire.</summary>
internal static class MessageCount
{
    /// <summary>A send to one peer sends one message; a send to all, one to each of the other <paramref name="machineCount"/> − 1 machines.</summary>
    public static long Sent(long sends, long sendAlls, int machineCount) => sends + (sendAlls * (machineCount - 1));
}
