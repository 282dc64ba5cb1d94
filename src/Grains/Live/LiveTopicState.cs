namespace Samspill.Grains.Live;

/// <summary>
/// Stored head of a topic: municipality subscriptions and the notice mark. The retained events are stored in pages
/// (<see cref="LiveTopicPage"/>); <see cref="Recent"/> and <see cref="LastSequence"/> are what topics stored here before
/// pages, read once to move them.
/// </summary>
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

    /// <summary>
    /// How the retained events are paged: <see cref="LiveTopicGrain.PageLayout"/> once they are in its pages; 0 for a
    /// topic stored before (six pages of 50, or <see cref="Recent"/>), whose events move on activation.
    /// </summary>
    [Id(4)] public int PageLayout { get; set; }
}

/// <summary>A live connection and the municipality its user subscribed as.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.MunicipalitySubscription")]
public sealed record MunicipalitySubscription([property: Id(0)] string ConnectionId, [property: Id(1)] string Municipality);

/// <summary>
/// One slot of a topic's retained events (<see cref="EventPages"/>): the events of one block of sequences, so a publish
/// rewrites the block it lands in, not every retained event.
/// </summary>
[GenerateSerializer, Alias("Samspill.LiveTopicPage")]
public sealed class LiveTopicPage
{
    /// <summary>
    /// Which block of sequences the slot holds now: (sequence - 1) / page size. No -1 for "empty": Orleans' serializer
    /// leaves out default values, so a stored 0 would read back as the initializer's value.
    /// </summary>
    [Id(0)] public long Block { get; set; }
    [Id(1)] public List<LiveEvent> Events { get; set; } = [];

    /// <summary>The topic's notice mark when this page was written, so it survives without writing the head.</summary>
    [Id(2)] public long NoticedThrough { get; set; }
}
