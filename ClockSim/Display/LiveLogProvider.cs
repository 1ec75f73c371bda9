using Microsoft.Extensions.Logging;

namespace ClockSim.Display;

/// <summary>Sends log entries to the <see cref="LiveLog"/>, one line each, in the console logger's short form.</summary>
internal sealed class LiveLogProvider(LiveLog log, TimeProvider time) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LiveLogger(log, time, categoryName);

    public void Dispose()
    {
        // Nothing to release: the live log belongs to the host.
    }

    private sealed class LiveLogger(LiveLog log, TimeProvider time, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = logLevel switch
            {
                LogLevel.Trace => "trce",
                LogLevel.Debug => "dbug",
                LogLevel.Information => "info",
                LogLevel.Warning => "warn",
                LogLevel.Error => "fail",
                _ => "crit",
            };
            var text = formatter(state, exception) + (exception is null ? "" : " " + exception.Message);
            log.Write($"{time.GetLocalNow():HH:mm:ss} {level}: {category}: {text}");
        }
    }
}
