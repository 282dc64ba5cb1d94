using System.Diagnostics;
using Orleans.Concurrency;
using Microsoft.Extensions.Logging;
using Samspill.Grains.Cases;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>
/// One corpus's search index, held in memory by this activation and rebuilt on activation from the stored
/// projections (the county need indexes, the consortium and event directories, the case library). It stores nothing
/// itself, so it can always be thrown away and rebuilt; deliveries are idempotent (newer versions win).
///
/// Scaling: one activation serves every search, on one silo at a time (Orleans places it; after a silo dies it is
/// rebuilt elsewhere from storage). That fits the platform's size (357 municipalities, tens of thousands of needs).
/// Past one silo's capacity, or at 100× the data: (1) shard by key — a grain per county for needs, which the county
/// need indexes already are, with a fan-out that merges top hits (BM25 scores need shard-global statistics, so use
/// each shard's top k and a shared idf table); (2) make searches read-only replicas — a [StatelessWorker] reader per
/// silo that follows the writer's deliveries — so reads scale with silos; (3) keep the Lucene index on local disk
/// (MMapDirectory) with a stored checkpoint of the delivered versions, so a restart replays only what changed
/// instead of reading every projection. The rebuild reads each county's index in one call; at 100× that call and the
/// county state entity itself become too large, which is also issue 17's point.
/// </summary>
// Reentrant: every method but FeedNeeds is synchronous, so interleaving never splits one's work; it lets searches and
// upserts run between feed batches instead of waiting until no feed call is pending, which under a steady stream of
// publishes (feed calls interleave, FeedAsync) would be never.
[Reentrant]
public sealed class SearchIndexGrain(ReferenceCatalog catalog, ILogger<SearchIndexGrain> logger) : Grain, ISearchIndexGrain
{
    /// <summary>The one corpus of today: every kind in one index.</summary>
    public const string Corpus = "all";

    private SearchIndex _index = null!;
    private readonly Dictionary<string, NeedRecord> _needs = [];
    private readonly Dictionary<string, CaseRecord> _cases = [];
    private RelatedCpv _related = RelatedCpv.Empty;
    private SearchIndexStats _stats = new(0, 0, 0, DateTimeOffset.MinValue);
    private readonly List<FeedCall> _feeds = [];
    private Task _feeding = Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        _index = new SearchIndex(catalog);
        // Read every projection this index is built from. Their Snapshot/List/All reads interleave, so a projection
        // that is itself waiting on this activation (it delivered the change that woke us) still answers.
        var counties = await Task.WhenAll(catalog.Counties.Select(c => GrainFactory.GetGrain<INeedIndexGrain>(c.Number).Snapshot()));
        var consortia = await ConsortiumDirectory.SnapshotAsync(GrainFactory, catalog);
        var events = await DialogueEventDirectory.ListAsync(GrainFactory, catalog);
        var cases = await GrainFactory.GetGrain<ICaseLibraryGrain>(0).All();
        foreach (var need in counties.SelectMany(x => x)) ApplyNeed(need);
        foreach (var c in consortia) _index.Upsert(SearchDocuments.Consortium(c, catalog));
        foreach (var e in events) ApplyEvent(e);
        ApplyCases(cases);
        watch.Stop();
        _stats = new SearchIndexStats(_index.Count, _needs.Count, watch.Elapsed.TotalMilliseconds, DateTimeOffset.UtcNow);
        logger.LogInformation("Search index {Corpus} rebuilt: {Documents} documents in {Ms} ms", this.GetPrimaryKeyString(), _index.Count, (int)watch.ElapsedMilliseconds);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _index.Dispose();
        return Task.CompletedTask;
    }

    Task ISearchIndexGrain.UpsertNeeds(IReadOnlyList<NeedRecord> needs)
    {
        foreach (var need in needs) ApplyNeed(need);
        return Task.CompletedTask;
    }

    Task ISearchIndexGrain.UpsertConsortia(IReadOnlyList<ConsortiumSummary> consortia)
    {
        // A directory offers all it holds when it activates: copies the index has in that version are skipped.
        foreach (var c in consortia.Where(c => !Holds(SearchKind.Consortium, c.Id, c.Version)))
            _index.Upsert(SearchDocuments.Consortium(c, catalog));
        return Task.CompletedTask;
    }

    Task ISearchIndexGrain.UpsertDialogueEvents(IReadOnlyList<DialogueEventSummary> events)
    {
        foreach (var e in events.Where(e => !Holds(SearchKind.DialogueEvent, e.Id, e.Version))) ApplyEvent(e);
        return Task.CompletedTask;
    }

    Task ISearchIndexGrain.UpsertCases(IReadOnlyList<CaseRecord> cases)
    {
        ApplyCases(cases);
        return Task.CompletedTask;
    }

    Task<SearchResult> ISearchIndexGrain.Search(SearchQuery query) =>
        Task.FromResult(_index.Search(query, SearchAudience.Of(CallerContext.Current)));

    Task<IReadOnlyList<NeedMatch>> ISearchIndexGrain.SimilarNeeds(NeedRecord need, int first) =>
        Task.FromResult(SimilarNeedFinder.Find(_index, _needs, _related, catalog, need, SearchAudience.Of(CallerContext.Current), first));

    Task<IReadOnlyList<IReadOnlyList<NeedMatch>>> ISearchIndexGrain.FeedNeeds(IReadOnlyList<NeedFeedStep> steps, int first)
    {
        var call = new FeedCall(steps, first);
        _feeds.Add(call);
        if (_feeding.IsCompleted) _feeding = FeedAsync();
        return call.Done.Task;
    }

    /// <summary>
    /// Runs the county feeds' calls that are waiting as one batch (<see cref="NeedFeedBatch"/>): the reader is refreshed
    /// once for all of them, not once per county. Calls may interleave (<see cref="ISearchIndexGrain.FeedNeeds"/>), so
    /// those queued at this activation join before the batch runs; the steps keep the order the calls arrived in.
    /// </summary>
    private async Task FeedAsync()
    {
        while (_feeds.Count > 0)
        {
            // Lets the calls queued at this activation join, and searches waiting run, before each batch.
            await Task.Yield();
            // Calls asking for as many answers each go together (the feeds all ask for the same number), up to about one
            // feed call's worth of needs, so a batch's turn stays as long as one call's was.
            var first = _feeds[0].First;
            var group = new List<FeedCall>();
            var needs = 0;
            foreach (var call in _feeds)
            {
                var size = NeedsOf(call);
                if (call.First != first || (group.Count > 0 && needs + size > NeedFeedGrain.MaxBatchNeeds)) break;
                group.Add(call);
                needs += size;
            }
            _feeds.RemoveRange(0, group.Count);
            try
            {
                var answers = NeedFeedBatch.Apply(_index, _needs, _related, catalog, group.SelectMany(c => c.Steps).ToList(), first).ToList();
                var next = 0;
                foreach (var call in group)
                {
                    var wanted = call.Steps.Sum(s => s.SuggestFor.Count);
                    call.Done.TrySetResult(answers.GetRange(next, wanted));
                    next += wanted;
                }
            }
            catch (Exception ex)
            {
                foreach (var call in group) call.Done.TrySetException(ex);
            }
        }
    }

    private static int NeedsOf(FeedCall call) => call.Steps.Sum(s => s.Needs.Count + s.SuggestFor.Count);

    private sealed record FeedCall(IReadOnlyList<NeedFeedStep> Steps, int First)
    {
        public TaskCompletionSource<IReadOnlyList<IReadOnlyList<NeedMatch>>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    Task<SearchIndexStats> ISearchIndexGrain.Stats() => Task.FromResult(_stats with { Documents = _index.Count, Needs = _needs.Count });

    private bool Holds(SearchKind kind, string id, long version) => _index.VersionOf(kind, id) >= version;

    private void ApplyNeed(NeedRecord need) => NeedFeedBatch.Upsert(_index, _needs, catalog, need);

    private void ApplyEvent(DialogueEventSummary e)
    {
        var doc = SearchDocuments.DialogueEvent(e);
        if (doc is null) _index.Delete(SearchKind.DialogueEvent, e.Id, e.Version);
        else _index.Upsert(doc);
    }

    private void ApplyCases(IEnumerable<CaseRecord> cases)
    {
        foreach (var c in cases)
            if (_index.Upsert(SearchDocuments.Case(c, catalog))) _cases[c.Id] = c;
        _related = RelatedCpv.FromCases(_cases.Values);
    }
}
