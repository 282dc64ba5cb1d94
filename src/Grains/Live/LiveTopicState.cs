namespace Samspill.Grains.Live;

/// <summary>Stored state of a topic: the last sequence handed out and the retained events.</summary>
[GenerateSerializer, Alias("Samspill.LiveTopicState")]
public sealed class LiveTopicState
{
    [Id(0)] public long LastSequence { get; set; }
    [Id(1)] public List<LiveEvent> Recent { get; set; } = [];
    /// <summary>The sequence up to which events were handed to the topic's notice inbox (stored with the next write).</summary>
    [Id(2)] public long NoticedThrough { get; set; }
}
