using Orleans.Concurrency;

namespace Samspill.Grains.Programme;

/// <summary>
/// The latest report of each municipality of one county (keyed by county number), so a municipality's report writes
/// its county's reports, not the whole country's, and municipalities in different counties never wait for each other.
/// <see cref="IProgrammeOverviewGrain"/> reads the 15 of them when staff ask.
/// </summary>
public interface IProgrammeCountyGrain : IGrainWithStringKey
{
    Task ReportMunicipality(MunicipalityActivity activity);

    /// <summary>Reports from the layout before counties: kept only where the county has no report of its own.</summary>
    Task Seed(IReadOnlyList<MunicipalityActivity> activities);

    /// <summary>The county's reports and a version that changes with them. A pure read, so it may interleave.</summary>
    [AlwaysInterleave]
    Task<CountyReports> Reports();

    /// <summary>How many programme activity entries name needs of this county that staff can no longer read. A pure read.</summary>
    [AlwaysInterleave]
    Task<long> HiddenActivityEntries();
}

/// <summary>A county's municipality reports; <see cref="Version"/> grows with every change.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CountyReports")]
public sealed record CountyReports(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<MunicipalityActivity> Municipalities);
