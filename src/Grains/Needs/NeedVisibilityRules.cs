using Samspill.Grains.Common;

namespace Samspill.Grains.Needs;

/// <summary>Who may see a need, by its <see cref="NeedVisibility"/>.</summary>
public static class NeedVisibilityRules
{
    public static bool CanSee(NeedRecord need, Caller caller) => need.Visibility switch
    {
        _ when caller.IsMunicipality(need.Municipality) => true,
        NeedVisibility.Public => true,
        NeedVisibility.Municipalities => caller.Role is CallerRole.Municipality or CallerRole.Programme,
        _ => false,
    };
}
