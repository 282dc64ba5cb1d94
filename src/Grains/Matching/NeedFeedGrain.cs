using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;

namespace Samspill.Grains.Matching;

/// <summary>
/// A county's feed (see <see cref="INeedFeedGrain"/>). It handles one change at a time, in the order the county's
/// municipalities sent them, and a need is in the index before its own partner query runs: of two alike needs
/// published at once, the later query always finds the earlier need. An index call that fails is kept and retried
/// on a timer (newest copy per need), since the municipality no longer waits to retry it; the index also rebuilds
/// from the stored county indexes whenever it activates.
/// </summary>
public sealed class NeedFeedGrain(ILogger<NeedFeedGrain> logger) : Grain, INeedFeedGrain
{
    /// <summary>Partners pushed per published need.</summary>
    public const int Suggestions = 3;

    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(3);
    private readonly Dictionary<string, NeedRecord> _unindexed = [];
    private IGrainTimer? _retry;

    private ISearchIndexGrain Index => GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus);

    async Task INeedFeedGrain.Feed(IReadOnlyList<NeedRecord> needs, IReadOnlyList<NeedRecord> suggestFor)
    {
        // The index keeps trimmed copies, as the county index does.
        foreach (var need in needs.Select(NeedIndexRules.Trimmed))
            if (NeedIndexRules.IsNewer(_unindexed.GetValueOrDefault(need.Id), need)) _unindexed[need.Id] = need;
        if (!await TryIndexAsync()) return; // the partner query would not find what it must
        foreach (var need in suggestFor)
        {
            try { await SuggestPartnersAsync(need); }
            catch (Exception ex)
            {
                // Suggestions report no state change: one that could not be pushed is not owed to anyone.
                logger.LogWarning(ex, "Partner suggestions for {Need} failed", need.Id);
            }
        }
    }

    Task INeedFeedGrain.Settled() => Task.CompletedTask;

    private async Task<bool> TryIndexAsync()
    {
        if (_unindexed.Count == 0) return true;
        var batch = _unindexed.Values.ToList();
        try
        {
            await Index.UpsertNeeds(batch);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Indexing {Count} needs of county {County} failed; retrying every {Interval}", batch.Count, this.GetPrimaryKeyString(), RetryInterval);
            // KeepAlive: the activation must not be collected while it still owes the index an update.
            _retry ??= this.RegisterGrainTimer(RetryAsync, new GrainTimerCreationOptions(RetryInterval, RetryInterval) { KeepAlive = true });
            return false;
        }
        foreach (var need in batch)
            if (ReferenceEquals(_unindexed.GetValueOrDefault(need.Id), need)) _unindexed.Remove(need.Id);
        return true;
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        if (!await TryIndexAsync()) return;
        _retry?.Dispose();
        _retry = null;
    }

    private async Task SuggestPartnersAsync(NeedRecord need)
    {
        if (!need.OpenToCollaboration || need.IsWithdrawn || need.ConsortiumId is not null) return;
        var matches = await Index.SimilarNeeds(need, Suggestions);
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

    private static bool StaffMaySee(NeedRecord need) => NeedVisibilityRules.CanSee(need, Caller.Staff);
}
