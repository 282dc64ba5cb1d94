namespace Samspill.Grains.Programme;

/// <summary>
/// The programme's overview, computed from the reports the grains send to the county grains
/// (<see cref="IProgrammeCountyGrain"/>) instead of scanning them.
/// </summary>
public interface IProgrammeOverviewGrain : IGrainWithIntegerKey
{
    Task ReportMunicipality(MunicipalityActivity activity);
    Task ReportConsortium(ConsortiumActivity activity);

    /// <summary>Programme staff only.</summary>
    Task<ProgrammeOverview> GetOverview();
}
