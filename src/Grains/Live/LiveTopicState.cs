namespace Samspill.Grains.Live;

/// <summary>Stored state of a topic: the last sequence handed out, the retained events, and municipality subscriptions.</summary>
[GenerateSerializer, Alias("Samspill.LiveTopicState")]
public sealed class LiveTopicState
{
    [Id(0)] public long LastSequence { get; set; }
    [Id(1)] public List<LiveEvent> Recent { get; set; } = [];

    /// <summary>
    /// Connections users of a municipality subscribed with, oldest first, so that access can be withdrawn
    /// (<see cref="ILiveTopicGrain.Revoke"/>) even after this grain was deactivated in between.
    /// </summary>
    [Id(2)] public List<MunicipalitySubscription> Municipalities { get; set; } = [];

    /// <summary>The sequence up to which events were handed to the topic's notice inbox (stored with the next write).</summary>
    [Id(3)] public long NoticedThrough { get; set; }
}

/// <summary>A live connection and the municipality its user subscribed as.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.MunicipalitySubscription")]
public sealed record MunicipalitySubscription([property: Id(0)] string ConnectionId, [property: Id(1)] string Municipality);
