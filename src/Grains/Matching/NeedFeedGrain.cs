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
/// </summary>
public sealed class NeedFeedGrain(ILogger<NeedFeedGrain> logger) : Grain, INeedFeedGrain
{
    /// <summary>Partners pushed per published need.</summary>
    public const int Suggestions = 3;

    /// <summary>At most this many changes, or about this many needs, go in one index call (bounds the message and the index grain's turn).</summary>
    public const int MaxBatchSteps = 64, MaxBatchNeeds = 256;

    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(3);
    private readonly Queue<Change> _queue = new();
    private readonly Dictionary<string, NeedRecord> _unindexed = [];
    private Change? _last;
    private Task? _draining;
    private IGrainTimer? _retry;

    private ISearchIndexGrain Index => GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus);

    Task INeedFeedGrain.Enqueue(IReadOnlyList<NeedRecord> needs, IReadOnlyList<NeedRecord> suggestFor)
    {
        // The index keeps trimmed copies, as the county index does.
        var change = new Change(new NeedFeedStep(needs.Select(NeedIndexRules.Trimmed).ToList(), suggestFor.Where(WantsPartners).ToList(), CallerContext.Current));
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
        // Needs an earlier call failed to index go first, so a newer copy in this batch still wins.
        var leftovers = _unindexed.Values.ToList();
        var steps = new List<NeedFeedStep>(batch.Count + 1);
        if (leftovers.Count > 0) steps.Add(new NeedFeedStep(leftovers, [], Caller.Anonymous));
        steps.AddRange(batch.Select(c => c.Step));
        IReadOnlyList<IReadOnlyList<NeedMatch>> answers;
        try
        {
            answers = await Index.FeedNeeds(steps, Suggestions);
        }
        catch (Exception ex)
        {
            foreach (var need in batch.SelectMany(c => c.Step.Needs))
                if (NeedIndexRules.IsNewer(_unindexed.GetValueOrDefault(need.Id), need)) _unindexed[need.Id] = need;
            logger.LogWarning(ex, "Indexing {Count} needs of county {County} failed; retrying every {Interval}", _unindexed.Count, this.GetPrimaryKeyString(), RetryInterval);
            // KeepAlive: the activation must not be collected while it still owes the index an update.
            _retry ??= this.RegisterGrainTimer(RetryAsync, new GrainTimerCreationOptions(RetryInterval, RetryInterval) { KeepAlive = true });
            return; // the partner queries did not run; suggestions report no state change, so none is owed
        }
        foreach (var need in leftovers)
            if (ReferenceEquals(_unindexed.GetValueOrDefault(need.Id), need)) _unindexed.Remove(need.Id);

        var pushes = new List<Task>();
        var next = 0;
        foreach (var need in batch.SelectMany(c => c.Step.SuggestFor))
            pushes.Add(PushAsync(need, answers[next++]));
        await Task.WhenAll(pushes);
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

    private async Task PushAsync(NeedRecord need, IReadOnlyList<NeedMatch> matches)
    {
        try
        {
            var pushes = new List<Task>();
            // Pushed only when the problems are alike (the text), never for time, place or size alone.
            foreach (var match in matches.Where(NeedSimilarity.WorthSuggesting))
            {
                // Staff hear of the pair only when they may see both needs.
                var staffSeeBoth = StaffMaySee(need) && StaffMaySee(match.Need);
                pushes.Add(GrainFactory.GetGrain<IMunicipalityLedgerGrain>(need.Municipality).SuggestPartner(need.Id, match.Need.Id, match.Need.Municipality, match.Score, staffSeeBoth));
                // The other side hears of this need only if it may see it.
                if (NeedVisibilityRules.CanSee(need, new Caller(CallerRole.Municipality, match.Need.Municipality, null)))
                    pushes.Add(GrainFactory.GetGrain<IMunicipalityLedgerGrain>(match.Need.Municipality).SuggestPartner(match.Need.Id, need.Id, need.Municipality, match.Score, staffSeeBoth));
            }
            await Task.WhenAll(pushes);
        }
        catch (Exception ex)
        {
            // Suggestions report no state change: one that could not be pushed is not owed to anyone.
            logger.LogWarning(ex, "Partner suggestions for {Need} failed", need.Id);
        }
    }

    private static bool StaffMaySee(NeedRecord need) => NeedVisibilityRules.CanSee(need, Caller.Staff);

    private sealed class Change(NeedFeedStep step)
    {
        public NeedFeedStep Step { get; } = step;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
