using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>Stored state of a county's need index.</summary>
[GenerateSerializer, Alias("Samspill.NeedIndexState")]
public sealed class NeedIndexState
{
    [Id(0)] public Dictionary<string, NeedRecord> Needs { get; set; } = [];
}
