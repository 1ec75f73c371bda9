using System.Net;
using Microsoft.Extensions.Logging;

namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// Warns about the connections the machines refuse, sparingly: the first few of a run get a warning each, the rest
/// are only counted, and <see cref="LogNotShown"/> says at the end how many were not shown, so a stranger dialling a
/// port in a loop cannot flood the log. Shared by every machine of a run, from any thread.
/// </summary>
internal sealed partial class RefusalLog(ILogger logger, int shown = RefusalLog.DefaultShown)
{
    /// <summary>How many refused connections of a run get a warning of their own.</summary>
    public const int DefaultShown = 5;

    private long _refused;

    /// <summary>Connections refused so far.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Connections refused without a warning of their own.</summary>
    public long NotShown => Math.Max(0, Refused - shown);

    /// <summary>Counts a connection machine <paramref name="machine"/> refused, and warns while the run's first few last.</summary>
    /// <param name="reason">Why: its message says it, or, for a timeout, that no handshake came within <paramref name="handshakeTimeout"/>.</param>
    public void Refuse(int machine, EndPoint? remote, Exception reason, TimeSpan handshakeTimeout)
    {
        // Only the warnings shown format their text: the suppressed ones cost an increment.
        if (Interlocked.Increment(ref _refused) <= shown)
        {
            var why = reason is TimeoutException ? $"no handshake within {handshakeTimeout.TotalSeconds} s" : reason.Message;
            LogRejected(logger, machine, remote?.ToString() ?? "an unknown address", why);
        }
    }

    /// <summary>Says how many refused connections had no warning of their own, if any.</summary>
    public void LogNotShown()
    {
        if (NotShown is > 0 and var notShown)
        {
            LogSuppressed(logger, notShown, shown);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine {Machine} refused a connection from {Remote}: {Reason}.")]
    private static partial void LogRejected(ILogger logger, int machine, string remote, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} more refused connections were not shown (only the first {Shown} of a run are).")]
    private static partial void LogSuppressed(ILogger logger, long count, int shown);
}
