using Orleans.Concurrency;

namespace Samspill.Grains.Programme;

/// <summary>
/// The latest report of each municipality of one county, of each consortium led from it and of each dialogue event of
/// those consortia (keyed by county number), so a report writes its county's reports, not the whole country's, and
/// municipalities, consortia and dialogue events in different counties never wait for each other.
/// <see cref="IProgrammeOverviewGrain"/> reads the 15 of them when staff ask.
/// </summary>
public interface IProgrammeCountyGrain : IGrainWithStringKey
{
    Task ReportMunicipality(MunicipalityActivity activity);

    /// <summary>A consortium's report, to the county of its lead.</summary>
    Task ReportConsortium(ConsortiumActivity activity);

    /// <summary>
    /// A dialogue event's report, to the county of its consortium's lead: the rule consortium reports follow, so a
    /// consortium spanning counties has its events where its own report is (the lead never changes).
    /// </summary>
    Task ReportDialogueEvent(DialogueEventActivity activity);

    /// <summary>Reports from the layout before counties: kept only where the county has no report of its own.</summary>
    Task Seed(IReadOnlyList<MunicipalityActivity> activities);

    /// <summary>Consortium reports from the layout before counties: kept only where they are newer.</summary>
    Task SeedConsortia(IReadOnlyList<ConsortiumActivity> activities);

    /// <summary>Dialogue event reports the overview grain stored before counties kept them: kept only where they are newer.</summary>
    Task SeedDialogueEvents(IReadOnlyList<DialogueEventActivity> activities);

    /// <summary>The county's reports and a version that changes with them. A pure read, so it may interleave.</summary>
    [AlwaysInterleave]
    Task<CountyReports> Reports();

    /// <summary>How many programme activity entries name needs of this county that staff can no longer read. A pure read.</summary>
    [AlwaysInterleave]
    Task<long> HiddenActivityEntries();
}

/// <summary>A county's municipality, consortium and dialogue event reports; <see cref="Version"/> grows with every change.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CountyReports")]
public sealed record CountyReports(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<MunicipalityActivity> Municipalities,
    [property: Id(2)] IReadOnlyList<ConsortiumActivity> Consortia,
    [property: Id(3)] IReadOnlyList<DialogueEventActivity> DialogueEvents);
