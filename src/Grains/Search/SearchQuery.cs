using Samspill.Grains.Common;

namespace Samspill.Grains.Search;

/// <summary>A text search with optional filters; <see cref="Offset"/> and <see cref="First"/> page the hits.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.SearchQuery")]
public sealed record SearchQuery
{
    [Id(0)] public string Text { get; init; } = "";
    [Id(1)] public IReadOnlyList<SearchKind>? Kinds { get; init; }
    [Id(2)] public string? County { get; init; }
    [Id(3)] public string? CpvDivision { get; init; }
    [Id(4)] public int First { get; init; } = PageSizes.SearchDefault;
    [Id(5)] public int Offset { get; init; }
    [Id(6)] public string? Domain { get; init; }
}

/// <summary>One hit: what it is, its title, a snippet with the matched words in &lt;mark&gt; (the rest HTML-escaped).</summary>
[GenerateSerializer, Immutable, Alias("Samspill.SearchHit")]
public sealed record SearchHit(
    [property: Id(0)] SearchKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Title,
    [property: Id(3)] string Snippet,
    [property: Id(4)] double Score);

/// <summary>How many hits share one value of a facet.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.FacetCount")]
public sealed record FacetCount([property: Id(0)] string Value, [property: Id(1)] int Count);

/// <summary>
/// A page of hits, the total, and facet counts. Each facet counts the hits that pass every other filter (so a
/// filter on kind still shows how many hits the other kinds have); all of it only over what the caller may see.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.SearchResult")]
public sealed record SearchResult(
    [property: Id(0)] IReadOnlyList<SearchHit> Hits,
    [property: Id(1)] int TotalCount,
    [property: Id(2)] IReadOnlyList<FacetCount> ByKind,
    [property: Id(3)] IReadOnlyList<FacetCount> ByCounty,
    [property: Id(4)] IReadOnlyList<FacetCount> ByDomain);
