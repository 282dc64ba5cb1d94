namespace Samspill.Grains.Search;

/// <summary>What the search engine finds (contract SearchKind).</summary>
public enum SearchKind { Need, Consortium, DialogueEvent, Case }

/// <summary>
/// One thing to index, as the projection builds it from a domain record (<see cref="SearchDocuments"/>). Who may
/// find it is written into it (<see cref="VisibleTo"/>), so hits, counts and facets are filtered the same way.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.SearchDocument")]
public sealed record SearchDocument
{
    [Id(0)] public required SearchKind Kind { get; init; }
    [Id(1)] public required string Id { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string Body { get; init; }
    [Id(4)] public IReadOnlyList<string> Cpv { get; init; } = [];
    [Id(5)] public IReadOnlyList<string> Counties { get; init; } = [];
    [Id(6)] public string? Domain { get; init; }
    [Id(7)] public string? Procedure { get; init; }
    /// <summary>Audience tags (<see cref="SearchAudience"/>): a caller finds the document when they share one.</summary>
    [Id(8)] public required IReadOnlyList<string> VisibleTo { get; init; }
    /// <summary>Orders copies: an older copy never replaces a newer one.</summary>
    [Id(9)] public long Version { get; init; }
    /// <summary>A need free to pool: not withdrawn, not in a consortium, open to collaboration.</summary>
    [Id(10)] public bool Poolable { get; init; }
    /// <summary>The owner of a need, the lead of a consortium.</summary>
    [Id(11)] public string? Municipality { get; init; }
    /// <summary>The case a need was started from.</summary>
    [Id(12)] public string? FromCaseId { get; init; }

    public string Key => SearchKeys.Of(Kind, Id);
}

/// <summary>The index's key of a document: kind and id.</summary>
public static class SearchKeys
{
    public static string Of(SearchKind kind, string id) => $"{kind}:{id}";
}
