using Orleans.Concurrency;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>
/// One county's feed from its municipalities to the search index and partner matching. A municipality hands it its
/// changed needs before acknowledging the write, but only waits for them to be queued: the index work drains in the
/// background, so no client waits on the one search index grain. The queue lives in memory; what it must not lose, the
/// partner searches, the municipality keeps in its own stored state until the feed confirms each one done
/// (<see cref="IMunicipalityLedgerGrain.PartnerSearchesDone"/>), and sends again when no confirmation comes.
/// </summary>
public interface INeedFeedGrain : IGrainWithStringKey
{
    /// <summary>
    /// Queues <paramref name="needs"/> for indexing (newer versions win) and each of <paramref name="searches"/> (for the
    /// caller carried with the call, whose suggestions are pushed to both sides; a search already queued here is not
    /// queued twice), and returns once queued. Each search is confirmed to its municipality once done and its suggestions
    /// delivered. A <see cref="Settled"/> that starts after this call returned waits for them.
    /// </summary>
    /// <remarks>Interleaves, so changes queue while the previous batch is in the index and drain together.</remarks>
    [AlwaysInterleave]
    Task Enqueue(IReadOnlyList<NeedRecord> needs, IReadOnlyList<PartnerSearch> searches);

    /// <summary>Resolves once what was queued on this feed before the call is indexed and matched (tests and benches wait on it).</summary>
    [AlwaysInterleave]
    Task Settled();
}
