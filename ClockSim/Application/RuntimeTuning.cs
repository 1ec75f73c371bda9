namespace ClockSim.Application;

/// <summary>Process-wide settings that must be made before the first socket exists.</summary>
internal static class RuntimeTuning
{
    private const string InlineSocketCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// Runs socket continuations on the socket engine's own thread instead of hopping to the thread
    /// pool. A reader's continuation only decodes a frame and queues it, so it never blocks that thread,
    /// and the hop was most of a message's latency (the bench's message latency shows it). The
    /// runtime reads this variable once, when the first socket is created; a value set by the user wins.
    /// </summary>
    public static void Apply()
    {
        NativeHeap.ReturnLargeBlocks();
        if (Environment.GetEnvironmentVariable(InlineSocketCompletions) is null)
        {
            Environment.SetEnvironmentVariable(InlineSocketCompletions, "1");
        }
    }
}
