using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>Which copy of a need the index keeps, and how it is cut to keep stored parts small.</summary>
public static class NeedIndexRules
{
    /// <summary>Descriptions are cut in the index to keep stored parts small; callers load full needs from their owners.</summary>
    public const int DescriptionInIndex = 1000;

    /// <summary>True when <paramref name="incoming"/> should replace <paramref name="known"/>: it is newer, or its stage differs.</summary>
    public static bool IsNewer(NeedRecord? known, NeedRecord incoming) =>
        known is null || known.UpdatedAt < incoming.UpdatedAt || known.Stage != incoming.Stage;

    /// <summary>The copy the index keeps of a need.</summary>
    public static NeedRecord Trimmed(NeedRecord need) =>
        need.Description.Length > DescriptionInIndex ? need with { Description = need.Description[..DescriptionInIndex] } : need;
}
