using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>Why two needs matched, in the contract's words.</summary>
public enum MatchReason
{
    CpvOverlap, TextSimilarity, TimelineOverlap, SimilarSize, SameCounty, BothSmallDistrict,
    /// <summary>CPV codes in different divisions that the case library shows are bought together.</summary>
    RelatedCpv,
    /// <summary>No CPV code in common or related: the match rests on the text alone, which is strongly alike.</summary>
    DifferentCpv,
    /// <summary>Both needs were started from the same case.</summary>
    SameCase,
}

/// <summary>The figures behind one reason: its share of the score and what it rests on.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.MatchDetail")]
public sealed record MatchDetail
{
    [Id(0)] public required MatchReason Reason { get; init; }
    /// <summary>What this reason adds to the score.</summary>
    [Id(1)] public double Value { get; init; }
    /// <summary>CPV_OVERLAP: shared significant digits (2 division, 3 group, 4 class, 5+ category).</summary>
    [Id(2)] public int? CpvLevel { get; init; }
    /// <summary>TIMELINE_OVERLAP: whole months the time windows share.</summary>
    [Id(3)] public int? MonthsOverlap { get; init; }
    /// <summary>TEXT_SIMILARITY: the analysed terms both texts share, rarest first.</summary>
    [Id(4)] public IReadOnlyList<string> MatchedTerms { get; init; } = [];
    /// <summary>TEXT_SIMILARITY: the text similarity itself (0..1).</summary>
    [Id(5)] public double? Similarity { get; init; }
    /// <summary>RELATED_CPV: the CPV groups paired, as "351-797".</summary>
    [Id(6)] public IReadOnlyList<string> RelatedCpv { get; init; } = [];
}

/// <summary>A candidate need with its score (0..1) and reasons, strongest first.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.NeedMatch")]
public sealed record NeedMatch(
    [property: Id(0)] NeedRecord Need,
    [property: Id(1)] double Score,
    [property: Id(2)] IReadOnlyList<MatchReason> Reasons,
    [property: Id(3)] IReadOnlyList<MatchDetail>? Details = null);

/// <summary>A filter over the need index; visibility is applied on top by the index for the caller.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.NeedSearch")]
public sealed record NeedSearch
{
    [Id(0)] public string? Municipality { get; init; }
    [Id(1)] public string? CpvPrefix { get; init; }
    [Id(2)] public bool? OpenToCollaboration { get; init; }
    [Id(3)] public string? Text { get; init; }
    [Id(4)] public bool IncludeWithdrawn { get; init; }
    /// <summary>Only needs free to pool: not withdrawn, not in a consortium, open to collaboration.</summary>
    [Id(5)] public bool PoolableOnly { get; init; }
}
