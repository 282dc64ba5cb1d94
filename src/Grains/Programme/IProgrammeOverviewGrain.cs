namespace Samspill.Grains.Programme;

/// <summary>The programme's overview, kept up to date by reports from the grains instead of scanning them.</summary>
public interface IProgrammeOverviewGrain : IGrainWithIntegerKey
{
    Task ReportMunicipality(MunicipalityActivity activity);
    Task ReportConsortium(ConsortiumActivity activity);
    Task ReportDialogueEvent(DialogueEventActivity activity);

    /// <summary>Programme staff only.</summary>
    Task<ProgrammeOverview> GetOverview();
}
