namespace Samspill.Grains.Cases;

/// <summary>Stored state of the case library.</summary>
[GenerateSerializer, Alias("Samspill.CaseLibraryState")]
public sealed class CaseLibraryState
{
    [Id(0)] public Dictionary<string, CaseRecord> Cases { get; set; } = [];
    /// <summary>How many times the shipped cases were loaded: set to 1 on the first start, so they load once.</summary>
    [Id(1)] public int SeedCount { get; set; }
}
