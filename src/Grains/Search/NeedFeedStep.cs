using Samspill.Grains.Common;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Search;

/// <summary>
/// One change a county feed hands the search index within a batch: needs to index, the needs to find partners for,
/// and the caller whose view of the index those partner queries take.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.NeedFeedStep")]
public sealed record NeedFeedStep(
    [property: Id(0)] IReadOnlyList<NeedRecord> Needs,
    [property: Id(1)] IReadOnlyList<NeedRecord> SuggestFor,
    [property: Id(2)] Caller Caller);
