using Samspill.Grains.Common;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Search;

/// <summary>
/// Visibility as index terms: a document lists the audiences that may find it and a caller the audiences it
/// belongs to. The same rules as <see cref="NeedVisibilityRules"/> and the consortium visibility, written once
/// as data so the engine can filter hits, counts and facets alike without loading records.
/// </summary>
public static class SearchAudience
{
    public const string Public = "public";
    /// <summary>Every municipality user and programme staff.</summary>
    public const string Municipalities = "municipalities";

    public static string Own(string municipality) => $"own:{municipality}";

    /// <summary>The audiences a caller belongs to.</summary>
    public static IReadOnlyList<string> Of(Caller caller) => caller.Role switch
    {
        CallerRole.Municipality when caller.Tenant is { } n => [Public, Municipalities, Own(n)],
        CallerRole.Programme => [Public, Municipalities],
        _ => [Public],
    };

    /// <summary>Who may find a need.</summary>
    public static IReadOnlyList<string> OfNeed(NeedRecord need) => need.Visibility switch
    {
        NeedVisibility.Public => [Public, Municipalities, Own(need.Municipality)],
        NeedVisibility.Municipalities => [Municipalities, Own(need.Municipality)],
        _ => [Own(need.Municipality)],
    };

    /// <summary>Municipality users and programme staff find every consortium; others only those with an announced event.</summary>
    public static IReadOnlyList<string> OfConsortium(bool hasAnnouncedEvent) =>
        hasAnnouncedEvent ? [Public, Municipalities] : [Municipalities];
}
