using System.Collections.Concurrent;

namespace ClockSim.Display;

/// <summary>
/// Diagnostics while the live table is on screen. A log line written to the terminal then would tear
/// the table, so it is held and shown under the table instead, and written to stderr once the table is
/// gone; before and after the table, lines go straight to stderr. Nothing is dropped.
/// </summary>
internal sealed class LiveLog(TextWriter error)
{
    private readonly ConcurrentQueue<string> _held = new();
    private volatile bool _holding;

    public void Write(string line)
    {
        if (_holding)
        {
            _held.Enqueue(line);
        }
        else
        {
            error.WriteLine(line);
        }
    }

    /// <summary>The last <paramref name="count"/> lines held, oldest first.</summary>
    public IReadOnlyList<string> Recent(int count) => [.. _held.TakeLast(count)];

    public void Hold() => _holding = true;

    /// <summary>Writes every held line to stderr and lets later lines through at once.</summary>
    public void Release()
    {
        _holding = false;
        while (_held.TryDequeue(out var line))
        {
            error.WriteLine(line);
        }
    }
}
