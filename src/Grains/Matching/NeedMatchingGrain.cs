using Orleans.Concurrency;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;

namespace Samspill.Grains.Matching;

/// <summary>
/// Finds similar needs through the search index (<see cref="ISearchIndexGrain.SimilarNeeds"/>): one indexed query
/// instead of reading every county's needs on each call.
/// </summary>
[StatelessWorker]
public sealed class NeedMatchingGrain : Grain, INeedMatchingGrain
{
    Task<IReadOnlyList<NeedMatch>> INeedMatchingGrain.FindSimilar(NeedRecord need, int first) =>
        GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).SimilarNeeds(need, first);
}
