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

    // The programme topic archives every event to the activity log; after activation it is unknown how far that
    // got, so the retained events are offered again (the log ignores what it has).
    private long _archivedThrough;

    // Connection → the municipality it subscribed as, so access can be withdrawn (Revoke). Kept in memory only:
    // connections do not outlive the silos that hold them, and a client reconnecting subscribes (and is checked) anew.
    private readonly Dictionary<string, string> _municipalityConnections = new(StringComparer.Ordinal);

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
        await state.WriteStateAsync();

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
            if (CallerContext.Current.MunicipalityNumber is { } number) _municipalityConnections[connectionId] = number;
        }
        var missed = afterSequence is { } after
            ? state.State.Recent.Where(e => e.Sequence > after).ToList()
            : [];
        return new LiveReplay(Topic, state.State.LastSequence, missed);
    }

    async Task ILiveTopicGrain.Revoke(string municipalityNumber)
    {
        foreach (var connectionId in _municipalityConnections.Where(c => c.Value == municipalityNumber).Select(c => c.Key).ToList())
        {
            await broadcaster.RemoveFromTopicAsync(connectionId, Topic);
            _municipalityConnections.Remove(connectionId);
        }
    }

    Task<IReadOnlyList<LiveEvent>> ILiveTopicGrain.Recent(int max) =>
        Task.FromResult<IReadOnlyList<LiveEvent>>(state.State.Recent.AsEnumerable().Reverse().Take(max).ToList());
}
