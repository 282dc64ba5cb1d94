namespace Samspill.Grains.Live;

/// <summary>One grain per topic: numbers events contiguously, keeps the recent ones for replay, pushes them out.</summary>
public interface ILiveTopicGrain : IGrainWithStringKey
{
    /// <summary>Appends events not seen before (by event id), persists, then pushes them.</summary>
    Task Publish(IReadOnlyList<LiveEventDraft> drafts);

    /// <summary>Adds the connection to the topic's group and returns what it missed after <paramref name="afterSequence"/>.</summary>
    Task<LiveReplay> Subscribe(string? connectionId, long? afterSequence);

    /// <summary>
    /// Takes the connections users of <paramref name="municipalityNumber"/> subscribed with out of the topic's group,
    /// once that municipality may no longer see the topic (it left or declined); they may subscribe again and get
    /// whatever stream they are allowed.
    /// </summary>
    Task Revoke(string municipalityNumber);

    /// <summary>The connection unsubscribed or closed: nothing to withdraw from it later.</summary>
    Task Forget(string connectionId);

    /// <summary>The retained events, newest first, for feeds such as the programme's activity.</summary>
    Task<IReadOnlyList<LiveEvent>> Recent(int max);
}
