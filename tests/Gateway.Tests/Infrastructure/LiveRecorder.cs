using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Samspill.Gateway.Tests.Infrastructure;

/// <summary>A received `event` message of the live contract.</summary>
public sealed record LiveEventMessage(string Topic, long Sequence, string Type, DateTimeOffset OccurredAt, JsonElement Data);

/// <summary>The answer to Subscribe.</summary>
public sealed record SubscribeResultMessage(string Topic, long Sequence, List<LiveEventMessage> Missed);

/// <summary>Collects the events a hub connection receives and lets a test wait for one.</summary>
public sealed class LiveRecorder
{
    private readonly ConcurrentQueue<LiveEventMessage> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public LiveRecorder(HubConnection connection)
    {
        connection.On<LiveEventMessage>("event", e =>
        {
            _events.Enqueue(e);
            _arrived.Release();
        });
    }

    public IReadOnlyList<LiveEventMessage> Events => _events.ToList();

    /// <summary>Waits (bounded) until an event matching <paramref name="match"/> has arrived.</summary>
    public async Task<LiveEventMessage> WaitFor(Func<LiveEventMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _events.FirstOrDefault(match);
            if (found is not null) return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                throw new TimeoutException($"No matching live event; received: {string.Join(", ", _events.Select(e => $"{e.Topic}#{e.Sequence} {e.Type}"))}");
        }
    }

    public static Task<SubscribeResultMessage> Subscribe(HubConnection connection, string topic, long? afterSequence = null) =>
        connection.InvokeAsync<SubscribeResultMessage>("Subscribe", topic, afterSequence);
}
