namespace Samspill.Grains.Programme;

/// <summary>Stored state of the overview: the last report of each municipality and consortium.</summary>
[GenerateSerializer, Alias("Samspill.ProgrammeOverviewState")]
public sealed class ProgrammeOverviewState
{
    [Id(0)] public Dictionary<string, MunicipalityActivity> Municipalities { get; set; } = [];
    [Id(1)] public Dictionary<string, ConsortiumActivity> Consortia { get; set; } = [];
    [Id(2)] public Dictionary<string, DialogueEventActivity> DialogueEvents { get; set; } = [];
}
