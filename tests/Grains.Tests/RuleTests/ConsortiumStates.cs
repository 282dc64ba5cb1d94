using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Consortium states built by the rules themselves, so every test starts from a state the rules can reach.</summary>
public static class ConsortiumStates
{
    public const string Lead = "4601";
    public const string Member = "1103";
    public const string Outsider = "3401";
    public static readonly Caller LeadUser = Callers.Municipality(Lead);
    public static readonly Caller MemberUser = Callers.Municipality(Member);
    public static readonly Caller OutsiderUser = Callers.Municipality(Outsider);
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    public static readonly ThresholdOptions Thresholds = new();

    /// <summary>Phases from which the consortium can still be cancelled.</summary>
    public static TheoryData<ConsortiumPhase> OpenPhases => new(
        ConsortiumPhase.Forming, ConsortiumPhase.NeedsClarification, ConsortiumPhase.MarketDialogue,
        ConsortiumPhase.Competition, ConsortiumPhase.Contract, ConsortiumPhase.BenefitRealisation);

    public static TheoryData<ConsortiumPhase> FrozenPhases => new(
        ConsortiumPhase.Competition, ConsortiumPhase.Contract, ConsortiumPhase.BenefitRealisation);

    /// <summary>Just created by <see cref="Lead"/>, no needs, no other members.</summary>
    public static ConsortiumState Forming()
    {
        var s = new ConsortiumState();
        ConsortiumRules.Create(s, LeadUser, "Digital home care", "Sensors and alarms", Now);
        return s;
    }

    /// <summary>Forming, with <see cref="Member"/> joined and one pooled need of each.</summary>
    public static ConsortiumState FormingWithMember()
    {
        var s = Forming();
        ConsortiumRules.Invite(s, LeadUser, Member, null, Now);
        ConsortiumRules.Respond(s, MemberUser, accept: true, Now);
        ConsortiumRules.CompletePool(s, Need(Lead, 600_000), Thresholds);
        ConsortiumRules.CompletePool(s, Need(Member, 400_000), Thresholds);
        return s;
    }

    /// <summary>Reached by moving a <see cref="FormingWithMember"/> consortium forward (or cancelling it).</summary>
    public static ConsortiumState In(ConsortiumPhase phase)
    {
        var s = FormingWithMember();
        if (phase == ConsortiumPhase.Cancelled)
        {
            ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Cancelled, null, Now);
            return s;
        }
        while (s.Phase < phase)
        {
            if (s.Phase + 1 == ConsortiumPhase.Competition) ConsortiumRules.RecordAuthorization(s, MemberUser, "Vedtak 2025/17", Now);
            ConsortiumRules.Advance(s, LeadUser, s.Phase + 1, null, Now);
        }
        return s;
    }

    public static PooledNeed Need(string municipality, long value = 500_000, ProcurementCategory category = ProcurementCategory.Services) =>
        new($"{municipality}-{Guid.NewGuid():N}"[..21], municipality, value, category, ["72000000-5"], Now);
}
