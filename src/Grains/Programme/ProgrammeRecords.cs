using Samspill.Grains.Capability;
using Samspill.Grains.Consortia;
using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Programme;

/// <summary>
/// What a municipality grain reports of itself to the programme overview: absolute figures, so repeats are
/// harmless. <see cref="Statistics"/> holds every reported year; <see cref="Capability"/> the scores of the latest
/// self-assessment (null before the first).
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.MunicipalityActivity")]
public sealed record MunicipalityActivity(
    [property: Id(0)] string Number,
    [property: Id(1)] int PublishedNeeds,
    [property: Id(2)] int ActiveMemberships,
    [property: Id(3)] IReadOnlyList<ProcurementStatisticsRecord>? Statistics = null,
    [property: Id(4)] IReadOnlyList<CapabilityScore>? Capability = null,
    [property: Id(5)] int HiddenActivityEntries = 0)
{
    public bool IsActive => PublishedNeeds > 0 || ActiveMemberships > 0;

    /// <summary>Years of statistics a report carries: the latest ones with any procurements.</summary>
    public const int ReportedYears = 5;

    /// <summary>
    /// The report of a municipality's stored state: withdrawn needs and closed consortia no longer count. Of the
    /// statistics it carries the latest <see cref="ReportedYears"/> years with procurements, which keeps the
    /// overview's stored state small and loses nothing: the innovative share is taken from the latest year anyone
    /// reported procurements for, which is always among each municipality's latest such years.
    /// </summary>
    public static MunicipalityActivity Of(string number, MunicipalityState s, IReadOnlyDictionary<string, NeedRecord> needs) => new(
        number,
        needs.Values.Count(n => !n.IsWithdrawn),
        s.Memberships.Values.Count(m => m.IsActiveMembership),
        s.Statistics.Values.Where(r => r.Total > 0).OrderByDescending(r => r.Year).Take(ReportedYears).OrderBy(r => r.Year).ToList(),
        s.CapabilityHistory.LastOrDefault()?.Scores,
        HiddenEntriesOf(needs));

    /// <summary>
    /// Entries of the programme topic about this municipality's needs that staff can no longer read (made PRIVATE
    /// since): the activity feed leaves them out, and its totalCount with them.
    /// </summary>
    private static int HiddenEntriesOf(IReadOnlyDictionary<string, NeedRecord> needs) =>
        needs.Values.Where(need => !NeedVisibilityRules.CanSee(need, Caller.Staff)).Sum(need => need.ProgrammeEntries);

    /// <summary>Value equality including the lists (a record compares lists by reference).</summary>
    public bool SameAs(MunicipalityActivity? other) =>
        other is not null && other.Number == Number && other.PublishedNeeds == PublishedNeeds
        && other.ActiveMemberships == ActiveMemberships && other.HiddenActivityEntries == HiddenActivityEntries
        && (other.Statistics ?? []).SequenceEqual(Statistics ?? [])
        && (other.Capability is null) == (Capability is null)
        && (other.Capability ?? []).SequenceEqual(Capability ?? []);
}

/// <summary>What a consortium grain reports of itself to the programme overview.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ConsortiumActivity")]
public sealed record ConsortiumActivity(
    [property: Id(0)] string Id,
    [property: Id(1)] ConsortiumPhase Phase,
    [property: Id(2)] string Lead,
    [property: Id(3)] IReadOnlyList<string> JoinedMembers,
    [property: Id(4)] long Version,
    [property: Id(5)] DateTimeOffset? CreatedAt = null);

/// <summary>What a dialogue event grain reports of itself to the programme overview.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.DialogueEventActivity")]
public sealed record DialogueEventActivity(
    [property: Id(0)] string EventId,
    [property: Id(1)] string ConsortiumId,
    [property: Id(2)] bool Cancelled,
    [property: Id(3)] int ActiveRegistrations,
    [property: Id(4)] long Version);

/// <summary>The programme's figures, as the contract's ProgrammeOverview.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ProgrammeOverview")]
public sealed record ProgrammeOverview
{
    [Id(0)] public int MunicipalityCount { get; init; }
    [Id(1)] public int ActiveMunicipalities { get; init; }
    [Id(2)] public int SmallDistrictMunicipalities { get; init; }
    [Id(3)] public int ActiveSmallDistrictMunicipalities { get; init; }
    [Id(4)] public int NeedCount { get; init; }
    [Id(5)] public required IReadOnlyList<PhaseCount> ConsortiaByPhase { get; init; }
    [Id(6)] public int DialogueEventsAnnounced { get; init; }
    [Id(7)] public int SupplierRegistrations { get; init; }
    [Id(8)] public double? InnovativeShare { get; init; }
    [Id(9)] public required IReadOnlyList<CountyActivity> ByCounty { get; init; }
    [Id(10)] public IReadOnlyList<CapabilityAverage> CapabilityAverages { get; init; } = [];
    /// <summary>The year <see cref="InnovativeShare"/> is taken from; null when nothing is reported.</summary>
    [Id(11)] public int? InnovativeShareYear { get; init; }
    /// <summary>Consortia created per year (Europe/Oslo), oldest year first.</summary>
    [Id(12)] public IReadOnlyList<ConsortiaFormedYear> ConsortiaFormed { get; init; } = [];
    /// <summary>The innovative share of every reported year, oldest first.</summary>
    [Id(13)] public IReadOnlyList<InnovativeShareYear> InnovativeShareByYear { get; init; } = [];
    /// <summary>Every municipality's standing, in catalog order.</summary>
    [Id(14)] public IReadOnlyList<MunicipalityStanding> Municipalities { get; init; } = [];
    [Id(15)] public IReadOnlyList<CountyCapability> CapabilityByCounty { get; init; } = [];
    [Id(16)] public IReadOnlyList<CapabilityAverage> CapabilitySmallDistrict { get; init; } = [];
    [Id(17)] public IReadOnlyList<CapabilityAverage> CapabilityOtherMunicipalities { get; init; } = [];
}

/// <summary>How many consortia are in one phase.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.PhaseCount")]
public sealed record PhaseCount([property: Id(0)] ConsortiumPhase Phase, [property: Id(1)] int Count);

/// <summary>Activity in one county: active municipalities, their published needs, ongoing consortia with a member there.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CountyActivity")]
public sealed record CountyActivity(
    [property: Id(0)] string County,
    [property: Id(1)] int ActiveMunicipalities,
    [property: Id(2)] int Needs,
    [property: Id(3)] int Consortia);

/// <summary>The mean self-rating on one dimension over each municipality's latest assessment.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CapabilityAverage")]
public sealed record CapabilityAverage(
    [property: Id(0)] CapabilityDimension Dimension,
    [property: Id(1)] double Average,
    [property: Id(2)] int Responses);
