namespace Samspill.Grains.ReferenceData;

/// <summary>Configuration section ReferenceData.</summary>
public sealed class ReferenceDataOptions
{
    public const string Section = "ReferenceData";

    /// <summary>SSB centrality classes counted as small district municipalities.</summary>
    public int[] SmallDistrictCentralityClasses { get; set; } = [5, 6];
}
