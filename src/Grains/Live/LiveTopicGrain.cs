using Orleans.Concurrency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samspill.Grains.Common;
using Samspill.Grains.Notifications;
using Samspill.Grains.Programme;

namespace Samspill.Grains.Live;

/// <summary>
/// The single writer of a topic. It numbers events in the order they arrive; persisting before pushing means a
/// replayed sequence never differs from a pushed one. Publishers do not wait for each other's writes one by one:
/// events that arrive while a write is in flight are stored together by the next write (a group commit), so a busy
/// topic such as <c>programme</c>, which every municipality publishes to, writes once per batch, not once per event.
/// The retained events are stored in a ring of <see cref="Slots"/> small pages of <see cref="PageSize"/> sequences
/// (<see cref="EventPages"/>), so a write stores the page the new events landed in (and the head only when
/// subscriptions change), never all 250.
/// </summary>
[Reentrant]
public sealed class LiveTopicGrain(
    [PersistentState("topic", StorageNames.Default)] IPersistentState<LiveTopicState> state,
    ILiveBroadcaster broadcaster,
    IOptions<NotificationOptions> notifications,
    ILogger<LiveTopicGrain> logger) : Grain, ILiveTopicGrain
{
    /// <summary>Retained for replay; the contract asks for at least 100.</summary>
    public const int Retained = 250;

    /// <summary>
    /// Sequences per stored page: a write rewrites the page being filled, so its size is what every publish stores
    /// (a page of 50 cost about 10 KB a write, half the state a need's publish wrote).
    /// </summary>
    public const int PageSize = 10;

    /// <summary>Pages used in turn: enough that the last <see cref="Retained"/> events always fit beside the page being filled.</summary>
    public const int Slots = Retained / PageSize + 1;

    /// <summary>The page layout of <see cref="LiveTopicState.PageLayout"/> this build stores.</summary>
    public const int PageLayout = 1;

    /// <summary>How topics stored their events before <see cref="PageLayout"/> 1: six pages of 50, named page0…page5.</summary>
    private const int OlderPageSize = 50, OlderSlots = 6;

    private EventPages? _pages;

    // The retained events, oldest first; stored in the pages.
    private readonly List<LiveEvent> _recent = [];

    // Events up to here are stored in their pages.
    private long _storedThrough;

    // Subscriptions or the page layout changed: the head is written with the next cycle.
    private bool _headDirty;

    private string Topic => this.GetPrimaryKeyString();

    // Only a consortium's full topic withdraws access (a member leaves or declines); others need no record.
    private bool RevocableTopic => Topic.StartsWith(LiveTopics.Kinds.Consortium + "/", StringComparison.Ordinal) && LiveTopics.TopicOf(Topic) == Topic;

    // The programme topic archives every event to the activity log; after activation it is unknown how far that
    // got, so the retained events are offered again (the log ignores what it has).
    private long _archivedThrough;

    // Events up to here are stored and were handed to SignalR; a subscriber is told this sequence, and everything
    // after it reaches the subscriber's connection by push, since it joined the group first.
    private long _pushedThrough = -1;

    // The group commit: the write cycle running now, and the one that changes made meanwhile wait for.
    private Task _lastCycle = Task.CompletedTask;
    private Task? _nextCycle;

    /// <summary>
    /// Municipality subscriptions kept per topic; connections that ended without unsubscribing are dropped oldest
    /// first beyond this, so the state stays small (a dropped one belongs to a connection long gone).
    /// </summary>
    public const int RememberedConnections = 1_000;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pages = EventPages.Of(this, "events", PageSize, Slots);
        // Until the head says the topic moved to this layout, its events may still be in the older pages.
        var older = state.State.PageLayout < PageLayout ? EventPages.Of(this, "page", OlderPageSize, OlderSlots) : null;
        await Task.WhenAll(_pages.LoadAsync(), older?.LoadAsync() ?? Task.CompletedTask);
        var paged = _pages.Events.Concat(older?.Events ?? []).ToList();
        var legacy = state.State.Recent;
        // Pages are the truth once there are any: the head's LastSequence may be from a cycle whose pages failed.
        var last = paged.Count > 0 ? paged.Max(e => e.Sequence) : state.State.LastSequence;
        var retained = paged.Concat(legacy).DistinctBy(e => e.Sequence)
            .Where(e => e.Sequence <= last && e.Sequence > last - Retained).OrderBy(e => e.Sequence).ToList();
        _recent.AddRange(retained);
        state.State.LastSequence = last;
        state.State.NoticedThrough = Math.Max(state.State.NoticedThrough, Math.Max(_pages.NoticedThrough, older?.NoticedThrough ?? 0));
        _pushedThrough = state.State.LastSequence;
        _storedThrough = state.State.LastSequence;
        if (older is null) return;
        state.State.PageLayout = PageLayout;
        if (legacy.Count == 0 && !older.Events.Any())
        {
            // Nothing to move: the next write stores the layout in the head, so later activations skip the older pages.
            _headDirty = true;
            return;
        }
        // Stored before this layout: the events move into this layout's pages, then the head says so; only then do the
        // older records go (a failure before that reads both again, and the same events are the same sequences).
        await GrainCommit.WriteAsync(this, () => _pages.StoreAsync(_recent.Count > 0 ? _recent[0].Sequence : 1, last, _recent, state.State.NoticedThrough));
        legacy.Clear();
        await state.CommitAsync(this);
        try { await older.ClearAsync(); }
        catch (Exception ex)
        {
            // Nothing reads them once the head says the layout moved: left over, not lost.
            logger.LogWarning(ex, "Removing the older event pages of {Topic} failed", Topic);
        }
    }

    async Task ILiveTopicGrain.Publish(IReadOnlyList<LiveEventDraft> drafts)
    {
        var fresh = new List<LiveEvent>();
        foreach (var draft in drafts)
        {
            // Outboxes re-send after a crash; the event id makes that harmless.
            if (_recent.Any(e => e.EventId == draft.EventId) || fresh.Any(e => e.EventId == draft.EventId)) continue;
            fresh.Add(new LiveEvent(draft.EventId, Topic, state.State.LastSequence + fresh.Count + 1, draft.Type, draft.OccurredAt, draft.DataJson));
        }
        if (fresh.Count == 0)
        {
            // A re-send: the events may still be in a write under way, and their notices may not have been handed on.
            if (drafts.Any(d => _recent.FirstOrDefault(e => e.EventId == d.EventId)?.Sequence > _pushedThrough)) await WriteAsync();
            await NoticeAsync();
            return;
        }

        // No await between numbering and appending: the grain is reentrant, and sequences must stay contiguous.
        state.State.LastSequence += fresh.Count;
        _recent.AddRange(fresh);
        if (_recent.Count > Retained) _recent.RemoveRange(0, _recent.Count - Retained);
        await WriteAsync();
    }

    /// <summary>
    /// Resolves once a write that includes every change made so far is stored and its events are pushed; joins the
    /// next write when one is in flight. Only write cycles write, one after another.
    /// </summary>
    private Task WriteAsync()
    {
        if (_nextCycle is not null) return _nextCycle;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _nextCycle = done.Task;
        var previous = _lastCycle;
        _lastCycle = done.Task;
        _ = CycleAfterAsync(previous, done);
        return done.Task;
    }

    private async Task CycleAfterAsync(Task previous, TaskCompletionSource done)
    {
        try { await previous; }
        catch
        {
            // Its callers were told; this cycle writes again.
        }
        // From here on, changes wait for the cycle after this one.
        _nextCycle = null;
        try
        {
            await CycleAsync();
            done.SetResult();
        }
        catch (Exception ex)
        {
            done.SetException(ex);
        }
    }

    private async Task CycleAsync()
    {
        var upTo = state.State.LastSequence;
        // A failed write reloads the topic, so a re-send is numbered and pushed again rather than taken as stored.
        await StorePagesAsync(_storedThrough + 1, upTo);
        _storedThrough = Math.Max(_storedThrough, upTo);
        if (_headDirty)
        {
            _headDirty = false;
            await state.CommitAsync(this);
        }

        foreach (var e in _recent.Where(e => e.Sequence > _pushedThrough && e.Sequence <= upTo).ToList())
        {
            try { await broadcaster.SendAsync(Topic, e); }
            catch (Exception ex)
            {
                // The event is stored; a client that misses the push replays it by sequence.
                logger.LogWarning(ex, "Push of {Topic}#{Sequence} failed", Topic, e.Sequence);
            }
        }
        _pushedThrough = Math.Max(_pushedThrough, upTo);
        if (Topic == LiveTopics.Programme) await ArchiveAsync(upTo);
        await NoticeAsync();
    }

    /// <summary>Writes the pages holding sequences <paramref name="from"/> to <paramref name="upTo"/>; a failure drops the activation.</summary>
    private Task StorePagesAsync(long from, long upTo) =>
        GrainCommit.WriteAsync(this, () => _pages!.StoreAsync(from, upTo, _recent, state.State.NoticedThrough));

    /// <summary>
    /// Hands the stored events that give e-mail notices to the topic's notice inbox, so mail is derived from exactly
    /// what was published live. A failure fails the publish: the publisher's outbox sends again, the events are
    /// found stored, and this hands them on once more (the inbox drops what it has).
    /// </summary>
    private async Task NoticeAsync()
    {
        if (!notifications.Value.Enabled || !NoticeRules.MayNotify(Topic)) return;
        var through = _pushedThrough;
        var owed = _recent.Where(e => e.Sequence > state.State.NoticedThrough && e.Sequence <= through && NoticeRules.Derive(e) is not null).ToList();
        if (owed.Count > 0) await GrainFactory.GetGrain<INoticeInboxGrain>(Topic).Offer(owed);
        state.State.NoticedThrough = Math.Max(state.State.NoticedThrough, through);
    }

    private async Task ArchiveAsync(long upTo)
    {
        try
        {
            await ActivityLog.AppendAsync(GrainFactory, _recent.Where(e => e.Sequence > _archivedThrough && e.Sequence <= upTo).ToList());
            _archivedThrough = Math.Max(_archivedThrough, upTo);
        }
        catch (Exception ex)
        {
            // The events are stored here; the next publish offers them to the log again.
            logger.LogWarning(ex, "Archiving {Topic} up to #{Sequence} failed; it will be retried", Topic, upTo);
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
                _headDirty = true;
                await WriteAsync();
            }
        }
        // Only what is stored and pushed: what comes after reaches this connection by push.
        var head = _pushedThrough;
        var missed = afterSequence is { } after
            ? _recent.Where(e => e.Sequence > after && e.Sequence <= head).ToList()
            : [];
        return new LiveReplay(Topic, head, missed);
    }

    async Task ILiveTopicGrain.Revoke(string municipalityNumber)
    {
        var revoked = state.State.Municipalities.Where(m => m.Municipality == municipalityNumber).ToList();
        if (revoked.Count == 0) return;
        foreach (var subscription in revoked)
            await broadcaster.RemoveFromTopicAsync(subscription.ConnectionId, Topic);
        state.State.Municipalities.RemoveAll(revoked.Contains);
        _headDirty = true;
        await WriteAsync();
    }

    async Task ILiveTopicGrain.Forget(string connectionId)
    {
        if (state.State.Municipalities.RemoveAll(m => m.ConnectionId == connectionId) > 0)
        {
            _headDirty = true;
            await WriteAsync();
        }
    }

    Task<IReadOnlyList<LiveEvent>> ILiveTopicGrain.Recent(int max) =>
        Task.FromResult<IReadOnlyList<LiveEvent>>(_recent.Where(e => e.Sequence <= _pushedThrough).Reverse().Take(max).ToList());
}
