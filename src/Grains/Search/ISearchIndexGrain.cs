using Orleans.Concurrency;
using Samspill.Grains.Cases;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Search;

/// <summary>
/// The search index of one corpus (today one, <see cref="SearchIndexGrain.Corpus"/>): a projection fed by the same
/// deliveries that refresh the directories and live topics, rebuilt from them when it activates. Reads filter by the
/// caller carried with the call.
/// </summary>
public interface ISearchIndexGrain : IGrainWithStringKey
{
    Task UpsertNeeds(IReadOnlyList<NeedRecord> needs);
    Task UpsertConsortia(IReadOnlyList<ConsortiumSummary> consortia);
    Task UpsertDialogueEvents(IReadOnlyList<DialogueEventSummary> events);
    Task UpsertCases(IReadOnlyList<CaseRecord> cases);

    /// <summary>Text search over what the caller may see: hits, total and facets.</summary>
    Task<SearchResult> Search(SearchQuery query);

    /// <summary>Needs of other municipalities, free to pool and visible to the caller, most alike first.</summary>
    Task<IReadOnlyList<NeedMatch>> SimilarNeeds(NeedRecord need, int first);

    /// <summary>
    /// A county feed's batch (<see cref="NeedFeedBatch"/>): indexes every step's needs, then answers each step's partner
    /// queries (at most <paramref name="first"/> each, in step order) as its caller sees the index; one reader refresh
    /// for the whole batch instead of one per need. Interleaves, so the calls of several counties waiting at once run as
    /// one batch with one refresh.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<IReadOnlyList<NeedMatch>>> FeedNeeds(IReadOnlyList<NeedFeedStep> steps, int first);

    /// <summary>Size and build figures, for operations and the bench.</summary>
    Task<SearchIndexStats> Stats();
}

/// <summary>How big the index is and how long its last rebuild took.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.SearchIndexStats")]
public sealed record SearchIndexStats(
    [property: Id(0)] int Documents,
    [property: Id(1)] int Needs,
    [property: Id(2)] double RebuildMilliseconds,
    [property: Id(3)] DateTimeOffset BuiltAt);
