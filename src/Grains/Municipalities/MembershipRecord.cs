namespace Samspill.Grains.Municipalities;

/// <summary>A municipality's role in a consortium.</summary>
public enum MemberRole { Lead, Member }

/// <summary>Where a municipality stands with a consortium.</summary>
public enum MemberStatus { Invited, Joined, Declined, Left }

/// <summary>
/// The municipality's copy of one of its consortium relations; the consortium grain owns the truth and
/// pushes this copy (idempotently) after each change.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.MembershipRecord")]
public sealed record MembershipRecord
{
    [Id(0)] public required string ConsortiumId { get; init; }
    [Id(1)] public MemberRole Role { get; init; }
    [Id(2)] public MemberStatus Status { get; init; }
    [Id(3)] public string? InvitedBy { get; init; }
    [Id(4)] public string? Message { get; init; }
    [Id(5)] public DateTimeOffset? InvitedAt { get; init; }
    /// <summary>False once the consortium is completed or cancelled: no longer counts as activity.</summary>
    [Id(6)] public bool ConsortiumActive { get; init; } = true;
    /// <summary>Orders pushes so a late, older copy never overwrites a newer one.</summary>
    [Id(7)] public long Version { get; init; }

    public bool IsActiveMembership => ConsortiumActive && Status == MemberStatus.Joined;
}

/// <summary>Reported procurement figures of one year.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ProcurementStatistics")]
public sealed record ProcurementStatisticsRecord(
    [property: Id(0)] int Year,
    [property: Id(1)] int Total,
    [property: Id(2)] int Innovative,
    [property: Id(3)] long? TotalValueNok = null,
    [property: Id(4)] long? InnovativeValueNok = null);
