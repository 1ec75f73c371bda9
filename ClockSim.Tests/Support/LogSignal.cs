using Microsoft.Extensions.Logging;

namespace ClockSim.Tests.Support;

/// <summary>A logger provider that counts the messages containing a text, and completes <see cref="Logged"/> at the first.</summary>
internal sealed class LogSignal(string text) : ILoggerProvider
{
    private readonly string _text = text;
    private readonly TaskCompletionSource _logged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    /// <summary>Completes when a message containing the text is logged.</summary>
    public Task Logged => _logged.Task;

    /// <summary>How many messages containing the text were logged.</summary>
    public int Count => Volatile.Read(ref _count);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSignal signal) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains(signal._text, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref signal._count);
                signal._logged.TrySetResult();
            }
        }
    }
}
