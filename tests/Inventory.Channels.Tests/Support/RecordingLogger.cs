using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Tests.Support;

/// <summary>Keeps the event ids it is given, so a test can check that a log event was written and how often.</summary>
internal sealed class RecordingLogger : ILogger
{
    public List<int> EventIds { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        lock (EventIds)
        {
            EventIds.Add(eventId.Id);
        }
    }
}
