using System.Text.Json;
using Samspill.Grains.Live;

namespace Samspill.Gateway.Live;

/// <summary>The `event` message of contract/live.md.</summary>
public sealed record LiveMessage(string Topic, long Sequence, string Type, DateTimeOffset OccurredAt, JsonElement Data)
{
    public static LiveMessage From(LiveEvent e) =>
        // Subscribers of a view (public, staff) know it by the topic they asked for.
        new(LiveTopics.TopicOf(e.Topic), e.Sequence, e.Type, e.OccurredAt, JsonDocument.Parse(e.DataJson).RootElement.Clone());
}

/// <summary>The answer to Subscribe.</summary>
public sealed record SubscribeResult(string Topic, long Sequence, IReadOnlyList<LiveMessage> Missed);
