using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;

namespace Samspill.Grains.Consortia;

/// <summary>
/// The consortium rules of docs/domain.md as plain functions over <see cref="ConsortiumState"/>. Each checks
/// everything before it changes anything, so a refusal leaves the state as it was.
/// </summary>
public static class ConsortiumRules
{
    public static bool IsFrozen(ConsortiumPhase phase) => phase >= ConsortiumPhase.Competition;
    public static bool IsActive(ConsortiumPhase phase) => phase is not (ConsortiumPhase.Completed or ConsortiumPhase.Cancelled);

    public static IReadOnlyList<ConsortiumChange> Create(ConsortiumState s, Caller caller, string? title, string? description, DateTimeOffset now)
    {
        var lead = Guard.RequireMunicipalityUser(caller);
        if (s.Created) throw new DomainException(ErrorCodes.Conflict, "A consortium with this id already exists.");
        var validTitle = TextInput.Line("title", title, 3, 200);
        var validDescription = TextInput.Required("description", description, 0, 10_000);

        s.Created = true;
        s.Title = validTitle;
        s.Description = validDescription;
        s.Lead = lead;
        s.Phase = ConsortiumPhase.Forming;
        s.CreatedAt = now;
        s.Members.Add(new MemberRecord { Municipality = lead, Role = MemberRole.Lead, Status = MemberStatus.Joined, JoinedAt = now });
        return [new("ConsortiumCreated", $"Consortium \"{validTitle}\" created with {lead} as lead", lead,
            new { title = validTitle, lead }, ToProgramme: true)];
    }

    public static IReadOnlyList<ConsortiumChange> Invite(ConsortiumState s, Caller caller, string invited, string? message, DateTimeOffset now)
    {
        var lead = RequireLead(s, caller);
        RequireNotFrozen(s);
        var validMessage = TextInput.Optional("message", message, 2_000);
        var existing = s.Member(invited);
        if (existing is { Status: MemberStatus.Joined or MemberStatus.Invited })
            throw new DomainException(ErrorCodes.Conflict, $"{invited} is already {(existing.IsJoined ? "a member" : "invited")}.");

        s.Members.RemoveAll(m => m.Municipality == invited);
        s.Members.Add(new MemberRecord
        {
            Municipality = invited, Role = MemberRole.Member, Status = MemberStatus.Invited,
            InvitedBy = lead, Message = validMessage, InvitedAt = now,
        });
        return [new("MemberInvited", $"{invited} invited by {lead}", lead, new { municipality = invited })];
    }

    public static IReadOnlyList<ConsortiumChange> Respond(ConsortiumState s, Caller caller, bool accept, DateTimeOffset now)
    {
        var number = Guard.RequireMunicipalityUser(caller);
        RequireNotFrozen(s);
        var member = s.Member(number);
        if (member is not { Status: MemberStatus.Invited })
            throw DomainException.Forbidden("Your municipality has no open invitation to this consortium.");

        Replace(s, member with { Status = accept ? MemberStatus.Joined : MemberStatus.Declined, JoinedAt = accept ? now : null });
        return accept
            ? [new("MemberJoined", $"{number} joined", number, new { municipality = number }, ToProgramme: true)]
            : [new("MemberDeclined", $"{number} declined the invitation", number, new { municipality = number }, ToProgramme: true)];
    }

    /// <summary>The member leaves; its pooled needs go back to it (returned so the grain can release them).</summary>
    public static IReadOnlyList<ConsortiumChange> Leave(ConsortiumState s, Caller caller, DateTimeOffset now, out IReadOnlyList<PooledNeed> released)
    {
        var number = RequireJoined(s, caller);
        RequireNotFrozen(s);
        if (number == s.Lead)
            throw DomainException.Violation(Rules.MembershipState, "The lead cannot leave; cancel the consortium instead.");

        released = s.PooledNeeds.Where(n => n.Municipality == number).ToList();
        s.PooledNeeds.RemoveAll(n => n.Municipality == number);
        foreach (var need in released) s.PendingReleases[need.NeedId] = need.Municipality;
        Replace(s, s.Member(number)! with { Status = MemberStatus.Left, AuthorizationReference = null, AuthorizedAt = null });
        return [new("MemberLeft", $"{number} left", number, new { municipality = number }, ToProgramme: true)];
    }

    /// <summary>Checks that the caller may pool the need; true when it is already pooled here (a retry).</summary>
    public static bool CheckPool(ConsortiumState s, Caller caller, string needId, string? needMunicipality)
    {
        var number = RequireJoined(s, caller);
        if (s.PooledNeeds.Any(n => n.NeedId == needId)) return true;
        if (IsFrozen(s.Phase))
            throw DomainException.Violation(Rules.MembershipFrozen, "From COMPETITION on the consortium's scope is frozen: no needs can be pooled.");
        if (needMunicipality != number)
            throw DomainException.Violation(Rules.OwnNeedOnly, "A member can pool only its own municipality's needs.");
        return false;
    }

    public static IReadOnlyList<ConsortiumChange> CompletePool(ConsortiumState s, PooledNeed need, ThresholdOptions thresholds)
    {
        s.PendingPools.Remove(need.NeedId);
        if (s.PooledNeeds.Any(n => n.NeedId == need.NeedId)) return [];
        s.PooledNeeds.Add(need);
        var combined = ThresholdRules.CombinedValue(s.PooledNeeds);
        return [new("NeedPooled", $"{need.Municipality} pooled a need ({need.EstimatedValueNok:N0} NOK); combined {combined:N0} NOK, {ThresholdRules.Regime(s.PooledNeeds, thresholds)}",
            need.Municipality, new { needId = need.NeedId, municipality = need.Municipality, combinedEstimatedValueNok = combined })];
    }

    public static IReadOnlyList<ConsortiumChange> RecordAuthorization(ConsortiumState s, Caller caller, string? reference, DateTimeOffset now)
    {
        var number = RequireJoined(s, caller);
        if (!IsActive(s.Phase))
            throw DomainException.Violation(Rules.PhaseOrder, "The consortium is closed.");
        var validReference = TextInput.Line("reference", reference, 1, 200);
        Replace(s, s.Member(number)! with { AuthorizationReference = validReference, AuthorizedAt = now });
        return [new("AuthorizationRecorded", $"{number} recorded its authorization", number, new { municipality = number })];
    }

    public static IReadOnlyList<ConsortiumChange> Advance(ConsortiumState s, Caller caller, ConsortiumPhase to, string? note, DateTimeOffset now)
    {
        var lead = RequireLead(s, caller);
        var validNote = TextInput.Optional("note", note, 2_000);
        var from = s.Phase;
        if (!IsActive(from))
            throw DomainException.Violation(Rules.PhaseOrder, $"The consortium is {from}; its phase can no longer change.");
        if (to != ConsortiumPhase.Cancelled && to != from + 1)
            throw DomainException.Violation(Rules.PhaseOrder, $"From {from} the next phase is {from + 1} (or CANCELLED), not {to}.");
        if (to == ConsortiumPhase.NeedsClarification && s.PooledNeeds.Count == 0)
            throw DomainException.Violation(Rules.PhaseOrder, "Pool at least one need before NEEDS_CLARIFICATION.");
        if (to == ConsortiumPhase.MarketDialogue && s.Members.Count(m => m.IsJoined) < 2)
            throw DomainException.Violation(Rules.PhaseOrder, "MARKET_DIALOGUE needs at least two joined members.");
        if (to == ConsortiumPhase.Competition)
        {
            var missing = s.Members.Where(m => m.IsJoined && m.Role != MemberRole.Lead && m.AuthorizationReference is null)
                .Select(m => m.Municipality).ToList();
            if (missing.Count > 0)
                throw DomainException.Violation(Rules.AuthorizationRequired,
                    $"Every joined member must record its authorization before COMPETITION; missing: {string.Join(", ", missing)}.");
        }

        var changes = new List<ConsortiumChange>();
        s.Phase = to;
        changes.Add(new("PhaseChanged", $"Phase {from} → {to}" + (validNote is null ? "" : $": {validNote}"), lead,
            new { from = PhaseName(from), to = PhaseName(to) }, ToProgramme: true, Public: true));
        if (to == ConsortiumPhase.Cancelled)
        {
            // Nothing will be procured, and nobody can leave a closed consortium: hand the needs back so their
            // municipalities can withdraw them or pool them elsewhere (the grain releases them as after a leave).
            foreach (var need in s.PooledNeeds) s.PendingReleases[need.NeedId] = need.Municipality;
            s.PooledNeeds.Clear();
        }
        if (IsFrozen(to))
        {
            // MEMBERSHIP_FROZEN: open invitations lapse when the competition starts.
            foreach (var lapsed in s.Members.Where(m => m.Status == MemberStatus.Invited).ToList())
            {
                s.Members.Remove(lapsed);
                changes.Add(new("InvitationLapsed", $"The invitation to {lapsed.Municipality} lapsed", null, new { municipality = lapsed.Municipality }));
            }
        }
        return changes;
    }

    /// <summary>The contract's spelling of a phase (SCREAMING_SNAKE_CASE).</summary>
    public static string PhaseName(ConsortiumPhase phase) => ContractNames.Of(phase);

    internal static string RequireLead(ConsortiumState s, Caller caller)
    {
        var number = Guard.RequireMunicipalityUser(caller);
        if (number != s.Lead) throw DomainException.Violation(Rules.LeadOnly, "Only the lead municipality can do this.");
        return number;
    }

    private static string RequireJoined(ConsortiumState s, Caller caller)
    {
        var number = Guard.RequireMunicipalityUser(caller);
        if (s.Member(number) is not { IsJoined: true })
            throw DomainException.Forbidden("Only joined members of the consortium can do this.");
        return number;
    }

    private static void RequireNotFrozen(ConsortiumState s)
    {
        if (IsFrozen(s.Phase))
            throw DomainException.Violation(Rules.MembershipFrozen, $"Membership is frozen from COMPETITION on (the consortium is {PhaseName(s.Phase)}).");
    }

    private static void Replace(ConsortiumState s, MemberRecord member)
    {
        var i = s.Members.FindIndex(m => m.Municipality == member.Municipality);
        s.Members[i] = member;
    }
}
