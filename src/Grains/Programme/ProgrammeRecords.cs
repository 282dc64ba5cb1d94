using Samspill.Grains.Consortia;

namespace Samspill.Grains.Programme;

/// <summary>What a municipality grain reports of itself to the programme overview (absolute figures, so repeats are harmless).</summary>
[GenerateSerializer, Immutable, Alias("Samspill.MunicipalityActivity")]
public sealed record MunicipalityActivity(
    [property: Id(0)] string Number,
    [property: Id(1)] int PublishedNeeds,
    [property: Id(2)] int ActiveMemberships);

/// <summary>What a consortium grain reports of itself to the programme overview.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ConsortiumActivity")]
public sealed record ConsortiumActivity(
    [property: Id(0)] string Id,
    [property: Id(1)] ConsortiumPhase Phase,
    [property: Id(2)] string Lead,
    [property: Id(3)] IReadOnlyList<string> JoinedMembers,
    [property: Id(4)] long Version);

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
}

[GenerateSerializer, Immutable, Alias("Samspill.PhaseCount")]
public sealed record PhaseCount([property: Id(0)] ConsortiumPhase Phase, [property: Id(1)] int Count);

[GenerateSerializer, Immutable, Alias("Samspill.CountyActivity")]
public sealed record CountyActivity(
    [property: Id(0)] string County,
    [property: Id(1)] int ActiveMunicipalities,
    [property: Id(2)] int Needs,
    [property: Id(3)] int Consortia);
