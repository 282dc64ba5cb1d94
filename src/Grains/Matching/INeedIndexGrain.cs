using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>
/// The needs of one county's municipalities, kept in step by the municipality grains, so searches and matching
/// ask 15 index grains instead of 357 municipalities.
/// </summary>
public interface INeedIndexGrain : IGrainWithStringKey
{
    /// <summary>Newer copies replace older ones (by UpdatedAt); repeats change nothing.</summary>
    Task Upsert(IReadOnlyList<NeedRecord> needs);

    /// <summary>Every need of the county, unfiltered, for projections rebuilding themselves. A pure read, so it may interleave.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<NeedRecord>> Snapshot();

    /// <summary>Needs matching the search that the current caller may see.</summary>
    Task<IReadOnlyList<NeedRecord>> Search(NeedSearch search);
}

/// <summary>Ranks needs of other municipalities against one need, for the caller carried with the call.</summary>
public interface INeedMatchingGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<NeedMatch>> FindSimilar(NeedRecord need, int first);
}
