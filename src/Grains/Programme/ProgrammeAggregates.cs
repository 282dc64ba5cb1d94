using Samspill.Grains.Consortia;

namespace Samspill.Grains.Programme;

/// <summary>Consortia created in one year (Europe/Oslo): in all, per county of their joined members, per current phase.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ConsortiaFormedYear")]
public sealed record ConsortiaFormedYear(
    [property: Id(0)] int Year,
    [property: Id(1)] int Total,
    [property: Id(2)] IReadOnlyList<CountyCount> ByCounty,
    [property: Id(3)] IReadOnlyList<PhaseCount> ByPhase);

/// <summary>A count for one county.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CountyCount")]
public sealed record CountyCount([property: Id(0)] string County, [property: Id(1)] int Count);

/// <summary>Reported procurement figures summed over a set of municipalities for one year.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ShareFigures")]
public sealed record ShareFigures(
    [property: Id(0)] long Total,
    [property: Id(1)] long Innovative,
    [property: Id(2)] long TotalValueNok,
    [property: Id(3)] long InnovativeValueNok,
    [property: Id(4)] int ReportingMunicipalities,
    [property: Id(5)] int ReportingWithValue)
{
    public double? Share => Total > 0 ? (double)Innovative / Total : null;
    public double? ValueShare => TotalValueNok > 0 ? (double)InnovativeValueNok / TotalValueNok : null;
}

/// <summary>The innovative share of one reported year, nationally and per county.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.InnovativeShareYear")]
public sealed record InnovativeShareYear(
    [property: Id(0)] int Year,
    [property: Id(1)] ShareFigures National,
    [property: Id(2)] IReadOnlyList<CountyShare> ByCounty);

/// <summary>One county's figures for a year.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CountyShare")]
public sealed record CountyShare([property: Id(0)] string County, [property: Id(1)] ShareFigures Figures);

/// <summary>What part a municipality takes in innovative procurement, as the map colours it.</summary>
public enum Participation { Consortium, Needs, None }

/// <summary>One municipality's standing in the programme: the map's and the outreach list's row.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.MunicipalityStanding")]
public sealed record MunicipalityStanding(
    [property: Id(0)] string Number,
    [property: Id(1)] int OpenNeeds,
    [property: Id(2)] int ActiveConsortia,
    [property: Id(3)] int? LatestReportedYear,
    [property: Id(4)] double? CapabilityAverage)
{
    public Participation Part => ActiveConsortia > 0 ? Participation.Consortium : OpenNeeds > 0 ? Participation.Needs : Participation.None;
}

/// <summary>The capability averages of one county.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CountyCapability")]
public sealed record CountyCapability([property: Id(0)] string County, [property: Id(1)] IReadOnlyList<CapabilityAverage> Averages);
