using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>
/// Stored state of a county's need index before parts (every copy of the county, emptied once moved) and of a part
/// (how many pages of copies it has; before pages, every copy of its municipality).
/// </summary>
[GenerateSerializer, Alias("Samspill.NeedIndexState")]
public sealed class NeedIndexState
{
    [Id(0)] public Dictionary<string, NeedRecord> Needs { get; set; } = [];
    /// <summary>How many pages of copies a part has stored (<see cref="NeedPages"/>).</summary>
    [Id(1)] public int PageCount { get; set; }
}
