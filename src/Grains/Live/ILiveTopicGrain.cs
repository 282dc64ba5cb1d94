namespace Samspill.Grains.Live;

/// <summary>One grain per topic: numbers events contiguously, keeps the recent ones for replay, pushes them out.</summary>
public interface ILiveTopicGrain : IGrainWithStringKey
{
    /// <summary>Appends events not seen before (by event id), persists, then pushes them.</summary>
    Task Publish(IReadOnlyList<LiveEventDraft> drafts);

    /// <summary>Adds the connection to the topic's group and returns what it missed after <paramref name="afterSequence"/>.</summary>
    Task<LiveReplay> Subscribe(string? connectionId, long? afterSequence);

    /// <summary>The retained events, newest first, for feeds such as the programme's activity.</summary>
    Task<IReadOnlyList<LiveEvent>> Recent(int max);
}
