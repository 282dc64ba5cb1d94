using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Tests.Infrastructure;
using static Samspill.Grains.Tests.RuleTests.ConsortiumStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Every consortium rule, tried and broken without a cluster; each refusal must leave the state as it was.</summary>
public sealed class ConsortiumRulesTests
{
    // ---- creation ----

    [Fact]
    public void Creating_makes_the_caller_the_joined_lead_in_FORMING()
    {
        var s = Forming();

        Assert.True(s.Created);
        Assert.Equal(Lead, s.Lead);
        Assert.Equal(ConsortiumPhase.Forming, s.Phase);
        var lead = Assert.Single(s.Members);
        Assert.Equal((Lead, MemberRole.Lead, MemberStatus.Joined), (lead.Municipality, lead.Role, lead.Status));
    }

    [Fact]
    public void Creating_twice_is_a_conflict() =>
        Refusal.Expect(Forming(), s => ConsortiumRules.Create(s, OutsiderUser, "Another title", "", Now), ErrorCodes.Conflict);

    [Fact]
    public void Only_municipality_users_create()
    {
        Refusal.Expect(new ConsortiumState(), s => ConsortiumRules.Create(s, Callers.Supplier("923609016"), "Title", "", Now), ErrorCodes.Forbidden);
        Refusal.Expect(new ConsortiumState(), s => ConsortiumRules.Create(s, Callers.Programme, "Title", "", Now), ErrorCodes.Forbidden);
        Refusal.Expect(new ConsortiumState(), s => ConsortiumRules.Create(s, Callers.Anonymous, "Title", "", Now), ErrorCodes.Unauthenticated);
    }

    [Theory]
    [InlineData(null, "title")]
    [InlineData("ab", "title")]
    [InlineData("   ab   ", "title")]
    [InlineData("bad\u0007title", "title")]
    public void Creating_validates_the_title(string? title, string field) =>
        Refusal.Expect(new ConsortiumState(), s => ConsortiumRules.Create(s, LeadUser, title, "", Now), ErrorCodes.ValidationFailed, field: field);

    [Fact]
    public void Creating_validates_the_description_length()
    {
        ConsortiumRules.Create(new ConsortiumState(), LeadUser, "Title", new string('x', 10_000), Now);
        Refusal.Expect(new ConsortiumState(), s => ConsortiumRules.Create(s, LeadUser, "Title", new string('x', 10_001), Now),
            ErrorCodes.ValidationFailed, field: "description");
    }

    // ---- LEAD_ONLY ----

    [Fact]
    public void A_joined_member_who_is_not_the_lead_cannot_invite() =>
        Refusal.Violation(FormingWithMember(), s => ConsortiumRules.Invite(s, MemberUser, Outsider, null, Now), Rules.LeadOnly);

    [Fact]
    public void Another_municipality_cannot_invite() =>
        Refusal.Violation(FormingWithMember(), s => ConsortiumRules.Invite(s, OutsiderUser, Outsider, null, Now), Rules.LeadOnly);

    [Fact]
    public void A_joined_member_who_is_not_the_lead_cannot_advance() =>
        Refusal.Violation(FormingWithMember(), s => ConsortiumRules.Advance(s, MemberUser, ConsortiumPhase.NeedsClarification, null, Now), Rules.LeadOnly);

    [Fact]
    public void Another_municipality_cannot_advance_or_cancel()
    {
        Refusal.Violation(FormingWithMember(), s => ConsortiumRules.Advance(s, OutsiderUser, ConsortiumPhase.NeedsClarification, null, Now), Rules.LeadOnly);
        Refusal.Violation(FormingWithMember(), s => ConsortiumRules.Advance(s, OutsiderUser, ConsortiumPhase.Cancelled, null, Now), Rules.LeadOnly);
    }

    [Fact]
    public void Suppliers_programme_staff_and_anonymous_callers_cannot_invite_or_advance()
    {
        var s = FormingWithMember();
        Refusal.Expect(s, () => ConsortiumRules.Invite(s, Callers.Supplier("923609016"), Outsider, null, Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, () => ConsortiumRules.Advance(s, Callers.Programme, ConsortiumPhase.NeedsClarification, null, Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, () => ConsortiumRules.Advance(s, Callers.Anonymous, ConsortiumPhase.Cancelled, null, Now), ErrorCodes.Unauthenticated);
    }

    [Fact]
    public void A_municipality_user_claiming_the_lead_by_name_only_is_still_refused()
    {
        // The tenant decides, not the display name.
        var impostor = new Caller(CallerRole.Municipality, Outsider, $"User of {Lead}");
        Refusal.Violation(FormingWithMember(), s => ConsortiumRules.Invite(s, impostor, "0301", null, Now), Rules.LeadOnly);
    }

    // ---- invitations and responses ----

    [Fact]
    public void The_lead_invites_and_the_invited_municipality_joins()
    {
        var s = Forming();
        var invited = ConsortiumRules.Invite(s, LeadUser, Member, "Welcome", Now);
        Assert.Equal("MemberInvited", Assert.Single(invited).Type);
        Assert.Equal(MemberStatus.Invited, s.Member(Member)!.Status);
        Assert.Equal(Lead, s.Member(Member)!.InvitedBy);

        var joined = ConsortiumRules.Respond(s, MemberUser, accept: true, Now);
        Assert.Equal("MemberJoined", Assert.Single(joined).Type);
        Assert.Equal(MemberStatus.Joined, s.Member(Member)!.Status);
        Assert.Equal(Now, s.Member(Member)!.JoinedAt);
    }

    [Fact]
    public void Inviting_a_municipality_already_invited_is_a_conflict()
    {
        var s = Forming();
        ConsortiumRules.Invite(s, LeadUser, Member, null, Now);
        Refusal.Expect(s, () => ConsortiumRules.Invite(s, LeadUser, Member, "again", Now), ErrorCodes.Conflict);
    }

    [Fact]
    public void Inviting_a_joined_member_or_the_lead_itself_is_a_conflict()
    {
        var s = FormingWithMember();
        Refusal.Expect(s, () => ConsortiumRules.Invite(s, LeadUser, Member, null, Now), ErrorCodes.Conflict);
        Refusal.Expect(s, () => ConsortiumRules.Invite(s, LeadUser, Lead, null, Now), ErrorCodes.Conflict);
    }

    [Fact]
    public void A_municipality_that_declined_can_be_invited_again()
    {
        var s = Forming();
        ConsortiumRules.Invite(s, LeadUser, Member, null, Now);
        ConsortiumRules.Respond(s, MemberUser, accept: false, Now);
        Assert.Equal(MemberStatus.Declined, s.Member(Member)!.Status);

        ConsortiumRules.Invite(s, LeadUser, Member, "Second try", Now);
        Assert.Equal(MemberStatus.Invited, Assert.Single(s.Members, m => m.Municipality == Member).Status);
    }

    [Fact]
    public void Responding_without_an_invitation_is_refused()
    {
        var s = FormingWithMember();
        Refusal.Expect(s, () => ConsortiumRules.Respond(s, OutsiderUser, accept: true, Now), ErrorCodes.Forbidden);
        // Already joined: there is nothing left to answer.
        Refusal.Expect(s, () => ConsortiumRules.Respond(s, MemberUser, accept: false, Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, () => ConsortiumRules.Respond(s, Callers.Supplier("923609016"), accept: true, Now), ErrorCodes.Forbidden);
    }

    [Fact]
    public void A_declined_invitation_cannot_be_accepted_afterwards()
    {
        var s = Forming();
        ConsortiumRules.Invite(s, LeadUser, Member, null, Now);
        ConsortiumRules.Respond(s, MemberUser, accept: false, Now);
        Refusal.Expect(s, () => ConsortiumRules.Respond(s, MemberUser, accept: true, Now), ErrorCodes.Forbidden);
    }

    [Fact]
    public void Invitation_messages_are_validated()
    {
        var s = Forming();
        Refusal.Expect(s, () => ConsortiumRules.Invite(s, LeadUser, Member, new string('m', 2_001), Now), ErrorCodes.ValidationFailed, field: "message");
        Refusal.Expect(s, () => ConsortiumRules.Invite(s, LeadUser, Member, "bell\u0007", Now), ErrorCodes.ValidationFailed, field: "message");
    }

    // ---- leaving ----

    [Fact]
    public void The_lead_cannot_leave() =>
        Refusal.Violation(FormingWithMember(), s => ConsortiumRules.Leave(s, LeadUser, Now, out _), Rules.MembershipState);

    [Fact]
    public void Only_joined_members_can_leave()
    {
        var s = Forming();
        ConsortiumRules.Invite(s, LeadUser, Member, null, Now);
        Refusal.Expect(s, () => ConsortiumRules.Leave(s, MemberUser, Now, out _), ErrorCodes.Forbidden);
        Refusal.Expect(s, () => ConsortiumRules.Leave(s, OutsiderUser, Now, out _), ErrorCodes.Forbidden);
    }

    [Fact]
    public void Leaving_takes_out_only_the_leavers_needs_and_its_authorization()
    {
        var s = In(ConsortiumPhase.NeedsClarification);
        ConsortiumRules.RecordAuthorization(s, MemberUser, "Vedtak 12/2025", Now);
        var memberNeed = s.PooledNeeds.Single(n => n.Municipality == Member);

        ConsortiumRules.Leave(s, MemberUser, Now, out var released);

        Assert.Equal(memberNeed, Assert.Single(released));
        Assert.Equal(Lead, Assert.Single(s.PooledNeeds).Municipality);
        Assert.Equal(Member, s.PendingReleases[memberNeed.NeedId]);
        var left = s.Member(Member)!;
        Assert.Equal(MemberStatus.Left, left.Status);
        Assert.Null(left.AuthorizationReference);
    }

    // ---- PHASE_ORDER ----

    [Fact]
    public void Phases_move_forward_one_step_at_a_time_to_COMPLETED()
    {
        var s = In(ConsortiumPhase.BenefitRealisation);
        var changes = ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Completed, "Done", Now);
        Assert.Equal(ConsortiumPhase.Completed, s.Phase);
        Assert.Equal("PhaseChanged", Assert.Single(changes).Type);
    }

    [Theory]
    [InlineData(ConsortiumPhase.Forming, ConsortiumPhase.MarketDialogue)]
    [InlineData(ConsortiumPhase.Forming, ConsortiumPhase.Completed)]
    [InlineData(ConsortiumPhase.NeedsClarification, ConsortiumPhase.Competition)]
    [InlineData(ConsortiumPhase.MarketDialogue, ConsortiumPhase.Contract)]
    [InlineData(ConsortiumPhase.Competition, ConsortiumPhase.BenefitRealisation)]
    [InlineData(ConsortiumPhase.Contract, ConsortiumPhase.Completed)]
    public void Skipping_a_phase_is_refused(ConsortiumPhase from, ConsortiumPhase to)
    {
        var s = In(from);
        ConsortiumRules.RecordAuthorization(s, MemberUser, "Vedtak", Now);
        Refusal.Violation(s, () => ConsortiumRules.Advance(s, LeadUser, to, null, Now), Rules.PhaseOrder);
    }

    [Theory]
    [InlineData(ConsortiumPhase.NeedsClarification, ConsortiumPhase.Forming)]
    [InlineData(ConsortiumPhase.MarketDialogue, ConsortiumPhase.NeedsClarification)]
    [InlineData(ConsortiumPhase.Competition, ConsortiumPhase.MarketDialogue)]
    [InlineData(ConsortiumPhase.BenefitRealisation, ConsortiumPhase.Forming)]
    [InlineData(ConsortiumPhase.MarketDialogue, ConsortiumPhase.MarketDialogue)]
    public void Going_back_or_standing_still_is_refused(ConsortiumPhase from, ConsortiumPhase to) =>
        Refusal.Violation(In(from), s => ConsortiumRules.Advance(s, LeadUser, to, null, Now), Rules.PhaseOrder);

    [Theory]
    [InlineData(ConsortiumPhase.Completed, ConsortiumPhase.Cancelled)]
    [InlineData(ConsortiumPhase.Completed, ConsortiumPhase.BenefitRealisation)]
    [InlineData(ConsortiumPhase.Completed, ConsortiumPhase.Forming)]
    [InlineData(ConsortiumPhase.Cancelled, ConsortiumPhase.Forming)]
    [InlineData(ConsortiumPhase.Cancelled, ConsortiumPhase.NeedsClarification)]
    [InlineData(ConsortiumPhase.Cancelled, ConsortiumPhase.Cancelled)]
    [InlineData(ConsortiumPhase.Cancelled, ConsortiumPhase.Completed)]
    public void A_completed_or_cancelled_consortium_stays_where_it_is(ConsortiumPhase from, ConsortiumPhase to) =>
        Refusal.Violation(In(from), s => ConsortiumRules.Advance(s, LeadUser, to, null, Now), Rules.PhaseOrder);

    [Fact]
    public void An_unknown_phase_value_is_refused() =>
        Refusal.Violation(Forming(), s => ConsortiumRules.Advance(s, LeadUser, (ConsortiumPhase)42, null, Now), Rules.PhaseOrder);

    [Fact]
    public void NEEDS_CLARIFICATION_needs_a_pooled_need()
    {
        var s = Forming();
        ConsortiumRules.Invite(s, LeadUser, Member, null, Now);
        ConsortiumRules.Respond(s, MemberUser, true, Now);
        Refusal.Violation(s, () => ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.NeedsClarification, null, Now), Rules.PhaseOrder);

        ConsortiumRules.CompletePool(s, Need(Member), Thresholds);
        ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.NeedsClarification, null, Now);
        Assert.Equal(ConsortiumPhase.NeedsClarification, s.Phase);
    }

    [Fact]
    public void MARKET_DIALOGUE_needs_two_joined_members()
    {
        var s = Forming();
        ConsortiumRules.CompletePool(s, Need(Lead), Thresholds);
        ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.NeedsClarification, null, Now);
        Refusal.Violation(s, () => ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.MarketDialogue, null, Now), Rules.PhaseOrder);

        // An invitation is not a membership.
        ConsortiumRules.Invite(s, LeadUser, Member, null, Now);
        Refusal.Violation(s, () => ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.MarketDialogue, null, Now), Rules.PhaseOrder);

        ConsortiumRules.Respond(s, MemberUser, true, Now);
        ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.MarketDialogue, null, Now);
        Assert.Equal(ConsortiumPhase.MarketDialogue, s.Phase);
    }

    [Fact]
    public void A_member_who_left_does_not_count_towards_MARKET_DIALOGUE()
    {
        var s = In(ConsortiumPhase.NeedsClarification);
        ConsortiumRules.Leave(s, MemberUser, Now, out _);
        Refusal.Violation(s, () => ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.MarketDialogue, null, Now), Rules.PhaseOrder);
    }

    [Theory]
    [MemberData(nameof(OpenPhases), MemberType = typeof(ConsortiumStates))]
    public void The_lead_can_cancel_from_every_phase_before_COMPLETED(ConsortiumPhase from)
    {
        var s = In(from);
        var changes = ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Cancelled, "No budget", Now);

        Assert.Equal(ConsortiumPhase.Cancelled, s.Phase);
        var change = Assert.Single(changes, c => c.Type == "PhaseChanged");
        Assert.True(change.ToProgramme);
        Assert.Contains("No budget", change.Summary);
    }

    [Fact]
    public void Cancelling_hands_every_pooled_need_back_for_release()
    {
        var s = In(ConsortiumPhase.MarketDialogue);
        var pooled = s.PooledNeeds.ToList();

        ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Cancelled, null, Now);

        Assert.Empty(s.PooledNeeds);
        Assert.Equal(pooled.ToDictionary(n => n.NeedId, n => n.Municipality), s.PendingReleases);
    }

    [Fact]
    public void Completing_keeps_the_pooled_needs()
    {
        var s = In(ConsortiumPhase.Completed);
        Assert.Equal(2, s.PooledNeeds.Count);
        Assert.Empty(s.PendingReleases);
    }

    [Fact]
    public void A_phase_change_is_public_and_reported_to_the_programme()
    {
        var s = In(ConsortiumPhase.NeedsClarification);
        var change = Assert.Single(ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.MarketDialogue, null, Now));
        Assert.True(change.Public);
        Assert.True(change.ToProgramme);
    }

    [Fact]
    public void Phase_notes_are_validated() =>
        Refusal.Expect(In(ConsortiumPhase.NeedsClarification),
            s => ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.MarketDialogue, new string('n', 2_001), Now),
            ErrorCodes.ValidationFailed, field: "note");

    // ---- AUTHORIZATION_REQUIRED ----

    [Fact]
    public void COMPETITION_needs_the_authorization_of_every_joined_member()
    {
        var s = In(ConsortiumPhase.MarketDialogue);
        ConsortiumRules.Invite(s, LeadUser, Outsider, null, Now);
        ConsortiumRules.Respond(s, OutsiderUser, true, Now);

        var none = Refusal.Violation(s, () => ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Competition, null, Now), Rules.AuthorizationRequired);
        Assert.Contains(Member, none.Message);
        Assert.Contains(Outsider, none.Message);

        ConsortiumRules.RecordAuthorization(s, MemberUser, "Vedtak 2025/17", Now);
        var one = Refusal.Violation(s, () => ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Competition, null, Now), Rules.AuthorizationRequired);
        Assert.DoesNotContain(Member, one.Message);
        Assert.Contains(Outsider, one.Message);

        ConsortiumRules.RecordAuthorization(s, OutsiderUser, "Delegasjon 4/2025", Now);
        ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Competition, null, Now);
        Assert.Equal(ConsortiumPhase.Competition, s.Phase);
    }

    [Fact]
    public void The_lead_needs_no_authorization_of_its_own()
    {
        // The authorization is a member's mandate for the lead; the lead procures on its own authority.
        var s = In(ConsortiumPhase.MarketDialogue);
        ConsortiumRules.RecordAuthorization(s, MemberUser, "Vedtak", Now);
        ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Competition, null, Now);
        Assert.Null(s.Member(Lead)!.AuthorizationReference);
    }

    [Fact]
    public void Only_joined_members_record_an_authorization_and_only_with_a_reference()
    {
        var s = In(ConsortiumPhase.MarketDialogue);
        Refusal.Expect(s, () => ConsortiumRules.RecordAuthorization(s, OutsiderUser, "Vedtak", Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, () => ConsortiumRules.RecordAuthorization(s, MemberUser, "  ", Now), ErrorCodes.ValidationFailed, field: "reference");
        Refusal.Expect(s, () => ConsortiumRules.RecordAuthorization(s, MemberUser, new string('r', 201), Now), ErrorCodes.ValidationFailed, field: "reference");
    }

    [Theory]
    [InlineData(ConsortiumPhase.Completed)]
    [InlineData(ConsortiumPhase.Cancelled)]
    public void A_closed_consortium_takes_no_authorizations(ConsortiumPhase phase) =>
        Refusal.Violation(In(phase), s => ConsortiumRules.RecordAuthorization(s, MemberUser, "Vedtak", Now), Rules.PhaseOrder);

    // ---- MEMBERSHIP_FROZEN ----

    [Theory]
    [MemberData(nameof(FrozenPhases), MemberType = typeof(ConsortiumStates))]
    public void Nobody_is_invited_from_COMPETITION_on(ConsortiumPhase phase) =>
        Refusal.Violation(In(phase), s => ConsortiumRules.Invite(s, LeadUser, Outsider, null, Now), Rules.MembershipFrozen);

    [Theory]
    [MemberData(nameof(FrozenPhases), MemberType = typeof(ConsortiumStates))]
    public void Nobody_leaves_from_COMPETITION_on(ConsortiumPhase phase) =>
        Refusal.Violation(In(phase), s => ConsortiumRules.Leave(s, MemberUser, Now, out _), Rules.MembershipFrozen);

    [Theory]
    [MemberData(nameof(FrozenPhases), MemberType = typeof(ConsortiumStates))]
    public void No_need_is_pooled_from_COMPETITION_on(ConsortiumPhase phase) =>
        Refusal.Violation(In(phase), s => ConsortiumRules.CheckPool(s, MemberUser, $"{Member}-0123456789abcdef", Member), Rules.MembershipFrozen);

    [Fact]
    public void Open_invitations_lapse_on_entering_COMPETITION_and_cannot_be_answered_afterwards()
    {
        var s = In(ConsortiumPhase.MarketDialogue);
        ConsortiumRules.Invite(s, LeadUser, Outsider, null, Now);
        ConsortiumRules.RecordAuthorization(s, MemberUser, "Vedtak", Now);

        var changes = ConsortiumRules.Advance(s, LeadUser, ConsortiumPhase.Competition, null, Now);

        Assert.Null(s.Member(Outsider));
        Assert.Equal(["PhaseChanged", "InvitationLapsed"], changes.Select(c => c.Type));
        Refusal.Violation(s, () => ConsortiumRules.Respond(s, OutsiderUser, accept: true, Now), Rules.MembershipFrozen);
    }

    [Fact]
    public void Entering_COMPETITION_keeps_every_joined_member()
    {
        var s = In(ConsortiumPhase.Competition);
        Assert.Equal([Lead, Member], s.Members.Where(m => m.IsJoined).Select(m => m.Municipality));
    }

    // ---- OWN_NEED_ONLY and pooling ----

    [Fact]
    public void A_member_cannot_pool_another_municipalitys_need()
    {
        var s = FormingWithMember();
        Refusal.Violation(s, () => ConsortiumRules.CheckPool(s, MemberUser, $"{Lead}-0123456789abcdef", Lead), Rules.OwnNeedOnly);
        // A malformed need id carries no municipality, so it is nobody's own need.
        Refusal.Violation(s, () => ConsortiumRules.CheckPool(s, MemberUser, "not-a-need", null), Rules.OwnNeedOnly);
    }

    [Fact]
    public void Only_joined_members_pool()
    {
        var s = FormingWithMember();
        Refusal.Expect(s, () => ConsortiumRules.CheckPool(s, OutsiderUser, $"{Outsider}-0123456789abcdef", Outsider), ErrorCodes.Forbidden);
        ConsortiumRules.Invite(s, LeadUser, Outsider, null, Now);
        Refusal.Expect(s, () => ConsortiumRules.CheckPool(s, OutsiderUser, $"{Outsider}-0123456789abcdef", Outsider), ErrorCodes.Forbidden);
    }

    [Fact]
    public void Pooling_an_already_pooled_need_is_recognised_as_a_retry()
    {
        var s = FormingWithMember();
        var pooled = s.PooledNeeds.Single(n => n.Municipality == Member);
        Assert.True(ConsortiumRules.CheckPool(s, MemberUser, pooled.NeedId, Member));
        Assert.False(ConsortiumRules.CheckPool(s, MemberUser, $"{Member}-0123456789abcdef", Member));
    }

    [Fact]
    public void Completing_a_pool_twice_records_the_need_once()
    {
        var s = Forming();
        var need = Need(Lead, 700_000);
        s.PendingPools[need.NeedId] = Lead;

        Assert.Equal("NeedPooled", Assert.Single(ConsortiumRules.CompletePool(s, need, Thresholds)).Type);
        Assert.Empty(ConsortiumRules.CompletePool(s, need, Thresholds));

        Assert.Single(s.PooledNeeds);
        Assert.Empty(s.PendingPools);
        Assert.Equal(700_000, ThresholdRules.CombinedValue(s.PooledNeeds));
    }

    // ---- what the programme and the public hear ----

    [Fact]
    public void Joining_leaving_and_creating_are_reported_to_the_programme_and_invitations_are_not()
    {
        var s = new ConsortiumState();
        Assert.True(Assert.Single(ConsortiumRules.Create(s, LeadUser, "Title", "", Now)).ToProgramme);
        Assert.False(Assert.Single(ConsortiumRules.Invite(s, LeadUser, Member, null, Now)).ToProgramme);
        Assert.True(Assert.Single(ConsortiumRules.Respond(s, MemberUser, true, Now)).ToProgramme);
        Assert.True(Assert.Single(ConsortiumRules.Leave(s, MemberUser, Now, out _)).ToProgramme);
    }

    [Fact]
    public void Phase_names_follow_the_contract()
    {
        Assert.Equal(
            ["FORMING", "NEEDS_CLARIFICATION", "MARKET_DIALOGUE", "COMPETITION", "CONTRACT", "BENEFIT_REALISATION", "COMPLETED", "CANCELLED"],
            Enum.GetValues<ConsortiumPhase>().Select(ConsortiumRules.PhaseName));
    }

    [Fact]
    public void The_snapshot_used_above_sees_a_change_deep_inside_the_state()
    {
        var s = FormingWithMember();
        var before = Refusal.Snapshot(s);
        s.Members[1] = s.Members[1] with { AuthorizedAt = Now };
        Assert.NotEqual(before, Refusal.Snapshot(s));

        before = Refusal.Snapshot(s);
        s.PendingReleases["x"] = Member;
        Assert.NotEqual(before, Refusal.Snapshot(s));
    }
}
