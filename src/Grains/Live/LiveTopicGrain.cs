using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samspill.Grains.Common;
using Samspill.Grains.Notifications;
using Samspill.Grains.Programme;

namespace Samspill.Grains.Live;

/// <summary>
/// The single writer of a topic. Being one non-reentrant grain gives per-topic ordering; persisting before
/// pushing means a replayed sequence never differs from a pushed one.
/// </summary>
public sealed class LiveTopicGrain(
    [PersistentState("topic", StorageNames.Default)] IPersistentState<LiveTopicState> state,
    ILiveBroadcaster broadcaster,
    IOptions<NotificationOptions> notifications,
    ILogger<LiveTopicGrain> logger) : Grain, ILiveTopicGrain
{
    /// <summary>Retained for replay; the contract asks for at least 100.</summary>
    public const int Retained = 250;

    private string Topic => this.GetPrimaryKeyString();

    // Only a consortium's full topic withdraws access (a member leaves or declines); others need no record.
    private bool RevocableTopic => Topic.StartsWith(LiveTopics.Kinds.Consortium + "/", StringComparison.Ordinal) && LiveTopics.TopicOf(Topic) == Topic;

    // The programme topic archives every event to the activity log; after activation it is unknown how far that
    // got, so the retained events are offered again (the log ignores what it has).
    private long _archivedThrough;

    /// <summary>
    /// Municipality subscriptions kept per topic; connections that ended without unsubscribing are dropped oldest
    /// first beyond this, so the state stays small (a dropped one belongs to a connection long gone).
    /// </summary>
    public const int RememberedConnections = 1_000;

    async Task ILiveTopicGrain.Publish(IReadOnlyList<LiveEventDraft> drafts)
    {
        var fresh = new List<LiveEvent>();
        foreach (var draft in drafts)
        {
            // Outboxes re-send after a crash; the event id makes that harmless.
            if (state.State.Recent.Any(e => e.EventId == draft.EventId) || fresh.Any(e => e.EventId == draft.EventId)) continue;
            fresh.Add(new LiveEvent(draft.EventId, Topic, state.State.LastSequence + fresh.Count + 1, draft.Type, draft.OccurredAt, draft.DataJson));
        }
        if (fresh.Count == 0)
        {
            // A re-send after a crash: the events are stored, but their notices may not have been handed on.
            await NoticeAsync();
            return;
        }

        state.State.LastSequence += fresh.Count;
        state.State.Recent.AddRange(fresh);
        if (state.State.Recent.Count > Retained) state.State.Recent.RemoveRange(0, state.State.Recent.Count - Retained);
        await state.CommitAsync(this);

        foreach (var e in fresh)
        {
            try { await broadcaster.SendAsync(Topic, e); }
            catch (Exception ex)
            {
                // The event is stored; a client that misses the push replays it by sequence.
                logger.LogWarning(ex, "Push of {Topic}#{Sequence} failed", Topic, e.Sequence);
            }
        }
        if (Topic == LiveTopics.Programme) await ArchiveAsync();
        await NoticeAsync();
    }

    /// <summary>
    /// Hands the stored events that give e-mail notices to the topic's notice inbox, so mail is derived from exactly
    /// what was published live. A failure fails the publish: the publisher's outbox sends again, the events are
    /// found stored, and this hands them on once more (the inbox drops what it has).
    /// </summary>
    private async Task NoticeAsync()
    {
        if (!notifications.Value.Enabled || !NoticeRules.MayNotify(Topic)) return;
        var owed = state.State.Recent.Where(e => e.Sequence > state.State.NoticedThrough && NoticeRules.Derive(e) is not null).ToList();
        if (owed.Count > 0) await GrainFactory.GetGrain<INoticeInboxGrain>(Topic).Offer(owed);
        state.State.NoticedThrough = state.State.LastSequence;
    }

    private async Task ArchiveAsync()
    {
        try
        {
            await ActivityLog.AppendAsync(GrainFactory, state.State.Recent.Where(e => e.Sequence > _archivedThrough).ToList());
            _archivedThrough = state.State.LastSequence;
        }
        catch (Exception ex)
        {
            // The events are stored here; the next publish offers them to the log again.
            logger.LogWarning(ex, "Archiving {Topic} up to #{Sequence} failed; it will be retried", Topic, state.State.LastSequence);
        }
    }

    async Task<LiveReplay> ILiveTopicGrain.Subscribe(string? connectionId, long? afterSequence)
    {
        if (connectionId is not null)
        {
            await broadcaster.AddToTopicAsync(connectionId, Topic);
            if (RevocableTopic && CallerContext.Current.MunicipalityNumber is { } number && !state.State.Municipalities.Contains(new(connectionId, number)))
            {
                // Stored, not only held: a revocation after this grain was deactivated must still find the connection.
                state.State.Municipalities.RemoveAll(m => m.ConnectionId == connectionId);
                state.State.Municipalities.Add(new(connectionId, number));
                var excess = state.State.Municipalities.Count - RememberedConnections;
                if (excess > 0) state.State.Municipalities.RemoveRange(0, excess);
                await state.CommitAsync(this);
            }
        }
        var missed = afterSequence is { } after
            ? state.State.Recent.Where(e => e.Sequence > after).ToList()
            : [];
        return new LiveReplay(Topic, state.State.LastSequence, missed);
    }

    async Task ILiveTopicGrain.Revoke(string municipalityNumber)
    {
        var revoked = state.State.Municipalities.Where(m => m.Municipality == municipalityNumber).ToList();
        if (revoked.Count == 0) return;
        foreach (var subscription in revoked)
            await broadcaster.RemoveFromTopicAsync(subscription.ConnectionId, Topic);
        state.State.Municipalities.RemoveAll(revoked.Contains);
        await state.CommitAsync(this);
    }

    async Task ILiveTopicGrain.Forget(string connectionId)
    {
        if (state.State.Municipalities.RemoveAll(m => m.ConnectionId == connectionId) > 0) await state.CommitAsync(this);
    }

    Task<IReadOnlyList<LiveEvent>> ILiveTopicGrain.Recent(int max) =>
        Task.FromResult<IReadOnlyList<LiveEvent>>(state.State.Recent.AsEnumerable().Reverse().Take(max).ToList());
}
