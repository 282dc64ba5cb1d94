using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;

namespace Samspill.Grains.Consortia;

/// <summary>A consortium as one caller may see it: members and programme staff everything, others the public parts.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ConsortiumView")]
public sealed record ConsortiumView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required string Description { get; init; }
    [Id(3)] public required string Lead { get; init; }
    [Id(4)] public ConsortiumPhase Phase { get; init; }
    [Id(5)] public DateTimeOffset CreatedAt { get; init; }
    [Id(6)] public required IReadOnlyList<MemberRecord> Members { get; init; }
    [Id(7)] public required IReadOnlyList<PooledNeed> PooledNeeds { get; init; }
    [Id(8)] public long CombinedEstimatedValueNok { get; init; }
    [Id(9)] public ThresholdRegime ThresholdRegime { get; init; }
    [Id(10)] public required IReadOnlyList<string> Cpv { get; init; }
    [Id(11)] public required IReadOnlyList<TimelineEntry> Timeline { get; init; }
    /// <summary>True when the caller is a joined or invited member or programme staff: sees internal details.</summary>
    [Id(12)] public bool FullView { get; init; }
    [Id(13)] public required IReadOnlyList<string> DialogueEventIds { get; init; }

    public bool MembershipFrozen => ConsortiumRules.IsFrozen(Phase);
}

/// <summary>What the directory keeps of a consortium to list and filter without waking every consortium grain.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ConsortiumSummary")]
public sealed record ConsortiumSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Lead,
    [property: Id(2)] ConsortiumPhase Phase,
    [property: Id(3)] IReadOnlyList<string> Members,
    [property: Id(4)] IReadOnlyList<string> Cpv,
    [property: Id(5)] bool HasAnnouncedEvent,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] long Version,
    [property: Id(8)] IReadOnlyList<string>? Invited = null,
    [property: Id(9)] string Title = "",
    [property: Id(10)] string Description = "") : IDirectoryEntry
{
    /// <summary>
    /// The summary as <paramref name="caller"/> may see it: open invitations only for those who see the whole
    /// consortium (its members, invited ones included, and programme staff), as <see cref="ConsortiumView"/> does,
    /// so that filters and counts over summaries never count what the caller's nodes do not show.
    /// </summary>
    public ConsortiumSummary As(Caller caller)
    {
        var invited = Invited ?? [];
        var statuses = Members.Select(m => (m, invited.Contains(m) ? MemberStatus.Invited : MemberStatus.Joined));
        return invited.Count == 0 || ConsortiumVisibility.SeesAll(caller, statuses)
            ? this
            : this with { Members = Members.Except(invited).ToList(), Invited = [] };
    }
}
