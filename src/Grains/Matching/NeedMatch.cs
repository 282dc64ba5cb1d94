using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>Why two needs matched, in the contract's words.</summary>
public enum MatchReason { CpvOverlap, TextSimilarity, TimelineOverlap, SimilarSize, SameCounty, BothSmallDistrict }

/// <summary>A candidate need with its score (0..1) and reasons, strongest first.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.NeedMatch")]
public sealed record NeedMatch(
    [property: Id(0)] NeedRecord Need,
    [property: Id(1)] double Score,
    [property: Id(2)] IReadOnlyList<MatchReason> Reasons);

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
