namespace Samspill.Grains.Needs;

/// <summary>Stored state of one page of <see cref="NeedPages"/>.</summary>
[GenerateSerializer, Alias("Samspill.NeedPageState")]
public sealed class NeedPageState
{
    [Id(0)] public Dictionary<string, NeedRecord> Needs { get; set; } = [];
}
