namespace ClockSim.Tests.Support;

/// <summary>
/// A test that sends Ctrl+C (SIGINT) to the program. A process started in the background by a shell without job control
/// ignores SIGINT, and so do the processes it starts, which no program can undo: there such a test is skipped, with the
/// reason, rather than failed by a signal that never arrives.
/// </summary>
public sealed class InterruptibleFactAttribute : FactAttribute
{
    public InterruptibleFactAttribute()
    {
        if (InterruptIgnored())
        {
            Skip = "SIGINT is ignored in this process (it was started in the background), so Ctrl+C cannot reach the program here.";
        }
    }

    /// <summary>Whether SIGINT (signal 2, bit 1 of the mask) is among the signals this process ignores, by /proc/self/status.</summary>
    private static bool InterruptIgnored()
    {
        const string status = "/proc/self/status";
        var ignored = File.Exists(status)
            ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))?["SigIgn:".Length..].Trim()
            : null;
        return ignored is not null && (Convert.ToUInt64(ignored, 16) & 0x2) != 0;
    }
}
