using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;

namespace Samspill.Grains.Consortia;

/// <summary>Who sees a consortium, and how much.</summary>
public static class ConsortiumVisibility
{
    /// <summary>Members (joined or invited) and programme staff see everything.</summary>
    public static bool SeesAll(Caller caller, IEnumerable<(string Municipality, MemberStatus Status)> members) =>
        caller.IsProgramme || (caller.MunicipalityNumber is { } n &&
            members.Any(m => m.Municipality == n && m.Status is MemberStatus.Joined or MemberStatus.Invited));

    /// <summary>Municipality users and programme staff see every consortium; suppliers and anonymous callers only announced ones.</summary>
    public static bool CanSee(Caller caller, bool hasAnnouncedEvent) =>
        caller.Role is CallerRole.Municipality or CallerRole.Programme || hasAnnouncedEvent;
}
