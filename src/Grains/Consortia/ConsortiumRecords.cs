using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Consortia;

/// <summary>A municipality's place in a consortium.</summary>
[GenerateSerializer, Alias("Samspill.ConsortiumMember")]
public sealed record MemberRecord
{
    [Id(0)] public required string Municipality { get; init; }
    [Id(1)] public MemberRole Role { get; init; }
    [Id(2)] public MemberStatus Status { get; init; }
    [Id(3)] public string? InvitedBy { get; init; }
    [Id(4)] public string? Message { get; init; }
    [Id(5)] public DateTimeOffset? InvitedAt { get; init; }
    [Id(6)] public DateTimeOffset? JoinedAt { get; init; }
    [Id(7)] public string? AuthorizationReference { get; init; }
    [Id(8)] public DateTimeOffset? AuthorizedAt { get; init; }

    public bool IsJoined => Status == MemberStatus.Joined;
}

/// <summary>A need pooled into the consortium, with what the aggregated value and regime need from it.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.PooledNeed")]
public sealed record PooledNeed(
    [property: Id(0)] string NeedId,
    [property: Id(1)] string Municipality,
    [property: Id(2)] long EstimatedValueNok,
    [property: Id(3)] ProcurementCategory Category,
    [property: Id(4)] IReadOnlyList<string> Cpv,
    [property: Id(5)] DateTimeOffset PooledAt);

/// <summary>One line of the consortium's history; its type is the live event type.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Type,
    [property: Id(2)] string Summary,
    [property: Id(3)] string? Actor);
