using Orleans.Concurrency;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>
/// One county's feed from its municipalities to the search index and partner matching. Municipalities hand it their
/// changed needs one-way once the write is acknowledged, so no client waits on the one search index grain.
/// </summary>
public interface INeedFeedGrain : IGrainWithStringKey
{
    /// <summary>
    /// Indexes <paramref name="needs"/> (newer versions win), then looks for partners of each of <paramref name="suggestFor"/>
    /// for the caller carried with the call and pushes the suggestions to both sides.
    /// </summary>
    /// <remarks>Interleaves, so changes queue while the previous batch is in the index and drain together.</remarks>
    [OneWay, AlwaysInterleave]
    Task Feed(IReadOnlyList<NeedRecord> needs, IReadOnlyList<NeedRecord> suggestFor);

    /// <summary>Resolves once what was handed to this feed before the call is indexed and matched (tests and benches wait on it).</summary>
    [AlwaysInterleave]
    Task Settled();
}
