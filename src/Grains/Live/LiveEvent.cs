using System.Text.Json;

namespace Samspill.Grains.Live;

/// <summary>An event waiting in a grain's outbox until its topic grain has taken it.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.LiveEventDraft")]
public sealed record LiveEventDraft(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Topic,
    [property: Id(2)] string Type,
    [property: Id(3)] string DataJson,
    [property: Id(4)] DateTimeOffset OccurredAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A draft with a fresh id and the event data serialised as the contract's camelCase JSON.</summary>
    public static LiveEventDraft Create(string topic, string type, object data, DateTimeOffset at) =>
        new(Guid.NewGuid().ToString("N"), topic, type, JsonSerializer.Serialize(data, Json), at);

    /// <summary>The same event on another topic (its own id, so each topic dedups it separately).</summary>
    public LiveEventDraft On(string topic) => this with { EventId = $"{EventId}:{topic}", Topic = topic };
}

/// <summary>An event as a topic assigned it a sequence number: what the hub pushes and replays.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.LiveEvent")]
public sealed record LiveEvent(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Topic,
    [property: Id(2)] long Sequence,
    [property: Id(3)] string Type,
    [property: Id(4)] DateTimeOffset OccurredAt,
    [property: Id(5)] string DataJson);

/// <summary>What a subscriber gets: the latest sequence and the events after the one it gave.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.LiveReplay")]
public sealed record LiveReplay(
    [property: Id(0)] string Topic,
    [property: Id(1)] long Sequence,
    [property: Id(2)] IReadOnlyList<LiveEvent> Missed);
