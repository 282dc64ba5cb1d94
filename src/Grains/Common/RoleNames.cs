namespace Samspill.Grains.Common;

/// <summary>The role names tokens carry (claim values), one spelling for every entry point.</summary>
public static class RoleNames
{
    public const string Municipality = "municipality";
    public const string Supplier = "supplier";
    public const string Programme = "programme";

    /// <summary>The role a claim value names (case-insensitive), or null for anything else.</summary>
    public static CallerRole? Parse(string? value) => value?.ToLowerInvariant() switch
    {
        Municipality => CallerRole.Municipality,
        Supplier => CallerRole.Supplier,
        Programme => CallerRole.Programme,
        _ => null,
    };
}
