namespace Samspill.Grains.Programme;

/// <summary>Stored state of the overview: the last report of each municipality and consortium.</summary>
[GenerateSerializer, Alias("Samspill.ProgrammeOverviewState")]
public sealed class ProgrammeOverviewState
{
    /// <summary>
    /// Stored: empty since municipality reports live in <see cref="IProgrammeCountyGrain"/>s (older rows are moved there
    /// on activation). In memory: every municipality's report, when the overview is computed.
    /// </summary>
    [Id(0)] public Dictionary<string, MunicipalityActivity> Municipalities { get; set; } = [];
    /// <summary>Stored: empty since consortium reports live in the county of their lead, as municipalities' do. In memory: every consortium's report, when the overview is computed.</summary>
    [Id(1)] public Dictionary<string, ConsortiumActivity> Consortia { get; set; } = [];
    [Id(2)] public Dictionary<string, DialogueEventActivity> DialogueEvents { get; set; } = [];
}
