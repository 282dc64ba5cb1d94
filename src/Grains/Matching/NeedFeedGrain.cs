using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;

namespace Samspill.Grains.Matching;

/// <summary>
/// A county's feed (see <see cref="INeedFeedGrain"/>). Changes queue in the order the county's municipalities sent
/// them and drain in batches: one index call carries every change that arrived while the previous call ran, so the
/// index refreshes its reader once per batch instead of once per need and answers the batch's partner queries in
/// the same call (<see cref="NeedFeedBatch"/>: as if the changes were applied one at a time, so of two alike needs
/// published at once the later finds the earlier). An index call that fails is kept and retried on a timer (newest
/// copy per need), since the municipality does not wait for it; the index also rebuilds from the stored county
/// indexes whenever it activates. The queue lives in memory: the activation is kept from idle collection while it
/// drains, and a deactivation waits for the drain.
/// <para>
/// What a lost queue would lose for good are the partner searches (the index rebuilds from the county indexes). They
/// are not stored here: the municipality already writes the search it owes with the change that asks for it, and keeps
/// it until this feed confirms it done (<see cref="IMunicipalityLedgerGrain.PartnerSearchesDone"/>), sending it again
/// when no confirmation comes. Storing the queue here instead would put a second storage write between every publish
/// and its acknowledgement. A search may so run twice; its suggestions carry ids made from the search's key
/// (<see cref="PartnerSearchKey.SuggestionEventId"/>), so the live topics, and the notices made from them, keep one.
/// </para>
/// </summary>
public sealed class NeedFeedGrain(IFaultInjector faults, ILogger<NeedFeedGrain> logger) : Grain, INeedFeedGrain
{
    /// <summary>Partners pushed per published need.</summary>
    public const int Suggestions = 3;

    /// <summary>
    /// Matches asked of the index per published need: it ranks by code, time, place and size too, so the partners alike
    /// in what they need (<see cref="NeedSimilarity.WorthSuggesting"/>) may rank below the first <see cref="Suggestions"/>.
    /// </summary>
    public const int Candidates = 10;

    /// <summary>At most this many changes, or about this many needs, go in one index call (bounds the message and the index grain's turn).</summary>
    public const int MaxBatchSteps = 64, MaxBatchNeeds = 256;

    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(3);
    private readonly Queue<Change> _queue = new();
    private readonly Dictionary<string, NeedRecord> _unindexed = [];
    /// <summary>Searches queued or running here: a municipality's resend of one of them is not queued twice.</summary>
    private readonly Dictionary<PartnerSearchKey, NeedRecord> _searching = [];
    private Change? _last;
    private Task? _draining;
    private IGrainTimer? _retry;

    private ISearchIndexGrain Index => GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus);

    Task INeedFeedGrain.Enqueue(IReadOnlyList<NeedRecord> needs, IReadOnlyList<PartnerSearch> searches)
    {
        var fresh = searches.Where(s => _searching.TryAdd(s.Key, s.Need)).ToList();
        // A resend of a search still queued here (a backlog longer than the municipality waits) brings its need again:
        // unless newer than the copy queued with the search, it need not be indexed twice.
        var queued = searches.Where(s => !fresh.Contains(s)).ToDictionary(s => s.Need.Id, s => _searching[s.Key]);
        if (queued.Count > 0) needs = needs.Where(n => !queued.TryGetValue(n.Id, out var q) || NeedIndexRules.IsNewer(q, n)).ToList();
        // A need no longer open to partners needs no search, but the search is still confirmed (after the needs ahead of
        // it in the queue), so its municipality stops sending it.
        var wanted = fresh.Where(s => WantsPartners(s.Need)).ToList();
        // The index keeps trimmed copies, as the county index does.
        var step = new NeedFeedStep(needs.Select(NeedIndexRules.Trimmed).ToList(), wanted.Select(s => s.Need).ToList(), CallerContext.Current);
        var change = new Change(step, wanted, fresh);
        _queue.Enqueue(change);
        _last = change;
        if (_draining is null || _draining.IsCompleted) _draining = DrainAsync();
        return Task.CompletedTask;
    }

    Task INeedFeedGrain.Settled() => _last?.Done.Task ?? Task.CompletedTask;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Queued changes live only here: a deactivation (a silo shutting down, DeactivateOnIdle) lets them drain first.
        if (_draining is { IsCompleted: false } draining)
        {
            try { await draining.WaitAsync(cancellationToken); }
            catch (OperationCanceledException) { logger.LogWarning("County {County} deactivated with {Count} changes queued", this.GetPrimaryKeyString(), _queue.Count); }
        }
    }

    private async Task DrainAsync()
    {
        // The drain outlives the call that started it: it must not carry that caller on to the index (each step carries its own).
        RequestContext.Clear();
        // No request is open while the queue drains, so idle collection must be held off explicitly until it is empty.
        DelayDeactivation(Timeout.InfiniteTimeSpan);
        try
        {
            while (_queue.Count > 0)
            {
                var batch = new List<Change>();
                var needCount = 0;
                while (_queue.Count > 0 && batch.Count < MaxBatchSteps && needCount < MaxBatchNeeds)
                {
                    var change = _queue.Dequeue();
                    batch.Add(change);
                    needCount += change.Step.Needs.Count;
                }
                try { await RunAsync(batch); }
                catch (Exception ex) { logger.LogError(ex, "A batch of {Count} changes of county {County} failed", batch.Count, this.GetPrimaryKeyString()); }
                // Done or not: a search not confirmed is sent again by its municipality, and must then queue again.
                foreach (var search in batch.SelectMany(c => c.Searches)) _searching.Remove(search.Key);
                // Changes complete in order, so the last one's completion (Settled) means every earlier one is done too.
                foreach (var change in batch) change.Done.TrySetResult();
            }
        }
        finally
        {
            // Back to ordinary collection; a pending index retry keeps the activation with its own KeepAlive timer.
            DelayDeactivation(TimeSpan.Zero);
        }
    }

    private async Task RunAsync(List<Change> batch)
    {
        // Tests make the feed "die" here, after its changes were queued and acknowledged and before any was searched.
        faults.Hit(FaultPoints.FeedQueued);
        // Needs an earlier call failed to index go first, so a newer copy in this batch still wins.
        var leftovers = _unindexed.Values.ToList();
        var steps = new List<NeedFeedStep>(batch.Count + 1);
        if (leftovers.Count > 0) steps.Add(new NeedFeedStep(leftovers, [], Caller.Anonymous));
        steps.AddRange(batch.Select(c => c.Step));
        IReadOnlyList<IReadOnlyList<NeedMatch>> answers;
        try
        {
            answers = await Index.FeedNeeds(steps, Candidates);
        }
        catch (Exception ex)
        {
            foreach (var need in batch.SelectMany(c => c.Step.Needs))
                if (NeedIndexRules.IsNewer(_unindexed.GetValueOrDefault(need.Id), need)) _unindexed[need.Id] = need;
            logger.LogWarning(ex, "Indexing {Count} needs of county {County} failed; retrying every {Interval}", _unindexed.Count, this.GetPrimaryKeyString(), RetryInterval);
            // KeepAlive: the activation must not be collected while it still owes the index an update.
            _retry ??= this.RegisterGrainTimer(RetryAsync, new GrainTimerCreationOptions(RetryInterval, RetryInterval) { KeepAlive = true });
            return; // the partner queries did not run: unconfirmed, their municipalities send them again
        }
        foreach (var need in leftovers)
            if (ReferenceEquals(_unindexed.GetValueOrDefault(need.Id), need)) _unindexed.Remove(need.Id);

        var pushes = new List<Task<bool>>();
        var next = 0;
        foreach (var search in batch.SelectMany(c => c.Wanted))
            pushes.Add(PushAsync(search, answers[next++]));
        var pushed = await Task.WhenAll(pushes);
        // Confirmed only once every suggestion of the search is delivered: one that failed is searched and pushed again,
        // and the ones already delivered are dropped by their topics as repeats.
        var failed = batch.SelectMany(c => c.Wanted).Where((_, i) => !pushed[i]).Select(s => s.Key).ToHashSet();
        await Task.WhenAll(batch.SelectMany(c => c.Searches).Where(s => !failed.Contains(s.Key))
            .GroupBy(s => s.Need.Municipality)
            .Select(g => ConfirmAsync(g.Key, g.Select(s => s.Key).ToList())));
    }

    private async Task ConfirmAsync(string municipality, IReadOnlyList<PartnerSearchKey> done)
    {
        try { await GrainFactory.GetGrain<IMunicipalityLedgerGrain>(municipality).PartnerSearchesDone(done); }
        catch (Exception ex)
        {
            // The municipality then sends the searches again; running them again pushes nothing new.
            logger.LogWarning(ex, "Confirming {Count} partner searches to {Municipality} failed", done.Count, municipality);
        }
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        if (_unindexed.Count > 0)
        {
            var batch = _unindexed.Values.ToList();
            try { await Index.UpsertNeeds(batch); }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Indexing {Count} needs of county {County} failed again", batch.Count, this.GetPrimaryKeyString());
                return;
            }
            foreach (var need in batch)
                if (ReferenceEquals(_unindexed.GetValueOrDefault(need.Id), need)) _unindexed.Remove(need.Id);
        }
        _retry?.Dispose();
        _retry = null;
    }

    private static bool WantsPartners(NeedRecord need) => need.OpenToCollaboration && !need.IsWithdrawn && need.ConsortiumId is null;

    private async Task<bool> PushAsync(PartnerSearch search, IReadOnlyList<NeedMatch> matches)
    {
        var need = search.Need;
        try
        {
            var pushes = new List<Task>();
            // Pushed only when the problems are alike (the text), never for time, place or size alone.
            foreach (var match in matches.Where(NeedSimilarity.WorthSuggesting).Take(Suggestions))
            {
                // Staff hear of the pair only when they may see both needs.
                var staffSeeBoth = StaffMaySee(need) && StaffMaySee(match.Need);
                pushes.Add(GrainFactory.GetGrain<IMunicipalityLedgerGrain>(need.Municipality).SuggestPartner(need.Id, match.Need.Id, match.Need.Municipality, match.Score, staffSeeBoth,
                    search.Key.SuggestionEventId(need.Id, match.Need.Id)));
                // The other side hears of this need only if it may see it.
                if (NeedVisibilityRules.CanSee(need, new Caller(CallerRole.Municipality, match.Need.Municipality, null)))
                    pushes.Add(GrainFactory.GetGrain<IMunicipalityLedgerGrain>(match.Need.Municipality).SuggestPartner(match.Need.Id, need.Id, need.Municipality, match.Score, staffSeeBoth,
                        search.Key.SuggestionEventId(match.Need.Id, need.Id)));
            }
            await Task.WhenAll(pushes);
            return true;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Partner suggestions for {Need} failed; left unconfirmed, so they are searched again", need.Id);
            return false;
        }
    }

    private static bool StaffMaySee(NeedRecord need) => NeedVisibilityRules.CanSee(need, Caller.Staff);

    private sealed class Change(NeedFeedStep step, IReadOnlyList<PartnerSearch> wanted, IReadOnlyList<PartnerSearch> searches)
    {
        public NeedFeedStep Step { get; } = step;
        /// <summary>The searches the step's partner queries answer, in the order of <see cref="NeedFeedStep.SuggestFor"/>.</summary>
        public IReadOnlyList<PartnerSearch> Wanted { get; } = wanted;
        /// <summary>Every search this change confirms when done, the wanted ones and those no longer wanted.</summary>
        public IReadOnlyList<PartnerSearch> Searches { get; } = searches;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
