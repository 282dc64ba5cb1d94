namespace Samspill.Grains.Programme;

/// <summary>
/// Stored state of the overview grain, from before the county grains (<see cref="IProgrammeCountyGrain"/>) kept the
/// reports. Kept so old rows still load: the grain moves what it finds to the county grains on activation, then
/// stores it empty. Nothing new is written to it.
/// </summary>
[GenerateSerializer, Alias("Samspill.ProgrammeOverviewState")]
public sealed class ProgrammeOverviewState
{
    [Obsolete("Municipality reports live in the county grains; only read to move old rows there.")]
    [Id(0)] public Dictionary<string, MunicipalityActivity> Municipalities { get; set; } = [];
    [Obsolete("Consortium reports live in the county of their lead; only read to move old rows there.")]
    [Id(1)] public Dictionary<string, ConsortiumActivity> Consortia { get; set; } = [];
    [Obsolete("Dialogue event reports live in the county of their consortium's lead; only read to move old rows there.")]
    [Id(2)] public Dictionary<string, DialogueEventActivity> DialogueEvents { get; set; } = [];
}
