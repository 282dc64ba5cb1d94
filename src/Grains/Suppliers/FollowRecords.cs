namespace Samspill.Grains.Suppliers;

/// <summary>What a supplier can follow (contract FollowKind).</summary>
public enum FollowKind { Cpv, Consortium, Municipality, County }

/// <summary>One thing a supplier follows: a CPV code (its whole subtree), a consortium, a municipality or a county.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.FollowRecord")]
public sealed record FollowRecord(
    [property: Id(0)] FollowKind Kind,
    [property: Id(1)] string Value,
    [property: Id(2)] DateTimeOffset FollowedAt);

/// <summary>A follow or unfollow a follower index has not yet confirmed.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.FollowIndexChange")]
public sealed record FollowIndexChange(
    [property: Id(0)] FollowKind Kind,
    [property: Id(1)] string Value,
    [property: Id(2)] bool Add);

/// <summary>
/// Who an announcement concerns: its consortium, the lead and joined members, their counties and the consortium's
/// CPV codes. Followers of any of these (or of a CPV ancestor) hear it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.DialogueAudience")]
public sealed record DialogueAudience(
    [property: Id(0)] string ConsortiumId,
    [property: Id(1)] IReadOnlyList<string> Municipalities,
    [property: Id(2)] IReadOnlyList<string> Counties,
    [property: Id(3)] IReadOnlyList<string> Cpv);
