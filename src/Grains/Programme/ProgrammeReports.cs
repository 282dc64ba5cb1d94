namespace Samspill.Grains.Programme;

/// <summary>Every report the overview is computed from, gathered in memory from the county grains; never stored.</summary>
public sealed class ProgrammeReports
{
    public Dictionary<string, MunicipalityActivity> Municipalities { get; init; } = [];
    public Dictionary<string, ConsortiumActivity> Consortia { get; init; } = [];
    public Dictionary<string, DialogueEventActivity> DialogueEvents { get; init; } = [];
}
