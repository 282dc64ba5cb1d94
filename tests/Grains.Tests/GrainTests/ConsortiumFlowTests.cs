using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>A consortium's life through the real grains: forming, pooling, authorizing, freezing, leaving, closing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConsortiumFlowTests(ClusterFixture fx)
{
    [Fact]
    public async Task A_consortium_is_created_without_a_need()
    {
        var lead = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);

        var view = (await fx.Consortium(id, lead, g => g.GetView()))!;
        Assert.Equal((lead, ConsortiumPhase.Forming, 0L, ThresholdRegime.BelowNational),
            (view.Lead, view.Phase, view.CombinedEstimatedValueNok, view.ThresholdRegime));
        Assert.Empty(view.PooledNeeds);
        Assert.True(view.FullView);
        var membership = Assert.Single(await fx.Own(lead, g => g.GetMemberships()));
        Assert.Equal((id, MemberRole.Lead, MemberStatus.Joined), (membership.ConsortiumId, membership.Role, membership.Status));
    }

    [Fact]
    public async Task A_consortium_created_with_a_need_pools_it_at_once()
    {
        var lead = Kommuner.Next();
        var need = await fx.PublishNeed(lead, 1_300_000);
        var id = await fx.CreateConsortium(lead, need.Id);

        var view = (await fx.Consortium(id, lead, g => g.GetView()))!;
        Assert.Equal(need.Id, Assert.Single(view.PooledNeeds).NeedId);
        Assert.Equal((1_300_000L, ThresholdRegime.National), (view.CombinedEstimatedValueNok, view.ThresholdRegime));
        Assert.Equal(["72000000-5"], view.Cpv);

        var stored = (await fx.Own(lead, g => g.GetNeed(need.Id)))!;
        Assert.Equal((id, NeedStage.InConsortium), (stored.ConsortiumId, stored.Stage));
    }

    [Fact]
    public async Task Creating_with_another_municipalitys_need_is_refused_and_leaves_no_consortium()
    {
        var lead = Kommuner.Next();
        var other = Kommuner.Next();
        var foreign = await fx.PublishNeed(other);
        var id = $"c-{Guid.NewGuid():N}";

        await Refused.Rule(Rules.OwnNeedOnly, () => fx.Consortium(id, lead, g => g.Create("Joint platform", "", foreign.Id)));

        Assert.Null(await fx.Consortium(id, lead, g => g.GetView()));
        Assert.Empty(await fx.Own(lead, g => g.GetMemberships()));
        Assert.Null((await fx.Own(other, g => g.GetNeed(foreign.Id)))!.ConsortiumId);
        // The id is still free: the refused creation left nothing behind, not even in memory.
        var created = await fx.Consortium(id, lead, g => g.Create("Joint platform", "", null));
        Assert.Equal(lead, created.Lead);
    }

    [Fact]
    public async Task Creating_with_a_need_that_does_not_exist_is_refused_and_leaves_no_consortium()
    {
        var lead = Kommuner.Next();
        var id = $"c-{Guid.NewGuid():N}";

        await Refused.With(ErrorCodes.NotFound, () => fx.Consortium(id, lead, g => g.Create("Joint platform", "", $"{lead}-0123456789abcdef")));

        Assert.Null(await fx.Consortium(id, lead, g => g.GetView()));
        await fx.Consortium(id, lead, g => g.Create("Joint platform", "", null));
    }

    [Fact]
    public async Task Creating_twice_is_a_conflict_and_keeps_the_first()
    {
        var lead = Kommuner.Next();
        var other = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);

        await Refused.With(ErrorCodes.Conflict, () => fx.Consortium(id, other, g => g.Create("Takeover", "", null)));

        Assert.Equal(lead, (await fx.Consortium(id, other, g => g.GetView()))!.Lead);
    }

    [Fact]
    public async Task A_consortium_forms_pools_authorizes_and_freezes_through_the_grains()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var late = Kommuner.Next();
        var leadNeed = await fx.PublishNeed(lead, 900_000);
        var id = await fx.CreateConsortium(lead, leadNeed.Id);

        // The invited municipality sees the invitation; nobody else reads its invitations.
        await fx.Consortium(id, lead, g => g.Invite(member, "Vil dere bli med?"));
        var invitation = Assert.Single(await fx.Own(member, g => g.GetInvitations()));
        Assert.Equal((id, lead, "Vil dere bli med?", MemberStatus.Invited),
            (invitation.ConsortiumId, invitation.InvitedBy, invitation.Message, invitation.Status));
        Assert.Empty(await fx.As(Callers.Municipality(lead), c => c.GetGrain<IMunicipalityGrain>(member).GetInvitations()));
        Assert.Empty(await fx.Own(member, g => g.GetMemberships()));

        await fx.Consortium(id, member, g => g.Respond(accept: true));
        Assert.Empty(await fx.Own(member, g => g.GetInvitations()));
        Assert.Equal(id, Assert.Single(await fx.Own(member, g => g.GetMemberships())).ConsortiumId);

        var memberNeed = await fx.PublishNeed(member, 1_600_000, cpv: "48100000-9", category: ProcurementCategory.Goods);
        var view = await fx.Consortium(id, member, g => g.PoolNeed(memberNeed.Id));
        Assert.Equal([leadNeed.Id, memberNeed.Id], view.PooledNeeds.Select(n => n.NeedId));
        Assert.Equal((2_500_000L, ThresholdRegime.Eea), (view.CombinedEstimatedValueNok, view.ThresholdRegime));
        Assert.Equal(["48100000-9", "72000000-5"], view.Cpv);
        Assert.Equal(id, (await fx.Own(member, g => g.GetNeed(memberNeed.Id)))!.ConsortiumId);

        await fx.Advance(id, lead, ConsortiumPhase.NeedsClarification);
        await fx.Advance(id, lead, ConsortiumPhase.MarketDialogue);
        await fx.Consortium(id, lead, g => g.Invite(late, null));
        Assert.Single(await fx.Own(late, g => g.GetInvitations()));

        await Refused.Rule(Rules.AuthorizationRequired, () => fx.Advance(id, lead, ConsortiumPhase.Competition));
        await fx.Consortium(id, member, g => g.RecordAuthorization("Kommunestyrevedtak 2025/41"));
        view = await fx.Advance(id, lead, ConsortiumPhase.Competition);
        Assert.True(view.MembershipFrozen);

        // The open invitation lapsed, and the lapsed municipality's copy says so.
        Assert.Empty(await fx.Own(late, g => g.GetInvitations()));
        Assert.DoesNotContain(view.Members, m => m.Municipality == late);

        // Frozen: nobody joins, leaves, is invited or adds scope; and each refusal changes nothing.
        var extraNeed = await fx.PublishNeed(member, 100_000);
        var before = Refused.Snapshot(await fx.Consortium(id, lead, g => g.GetView()));
        await Refused.Rule(Rules.MembershipFrozen, () => fx.Consortium(id, lead, g => g.Invite(late, null)));
        await Refused.Rule(Rules.MembershipFrozen, () => fx.Consortium(id, late, g => g.Respond(accept: true)));
        await Refused.Rule(Rules.MembershipFrozen, () => fx.Consortium(id, member, g => g.Leave()));
        await Refused.Rule(Rules.MembershipFrozen, () => fx.Consortium(id, member, g => g.PoolNeed(extraNeed.Id)));
        Assert.Equal(before, Refused.Snapshot(await fx.Consortium(id, lead, g => g.GetView())));
        Assert.Null((await fx.Own(member, g => g.GetNeed(extraNeed.Id)))!.ConsortiumId);
        Assert.Empty(await fx.Own(late, g => g.GetInvitations()));
    }

    [Fact]
    public async Task Only_the_lead_invites_and_advances_and_refusals_change_nothing()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var outsider = Kommuner.Next();
        var need = await fx.PublishNeed(lead);
        var id = await fx.CreateConsortium(lead, need.Id);
        await fx.Join(id, lead, member);
        var before = Refused.Snapshot(await fx.Consortium(id, lead, g => g.GetView()));

        await Refused.Rule(Rules.LeadOnly, () => fx.Consortium(id, member, g => g.Invite(outsider, null)));
        await Refused.Rule(Rules.LeadOnly, () => fx.Consortium(id, outsider, g => g.Invite(outsider, null)));
        await Refused.Rule(Rules.LeadOnly, () => fx.Consortium(id, member, g => g.Advance(ConsortiumPhase.NeedsClarification, null)));
        await Refused.Rule(Rules.LeadOnly, () => fx.Consortium(id, outsider, g => g.Advance(ConsortiumPhase.Cancelled, null)));
        await Refused.With(ErrorCodes.Conflict, () => fx.Consortium(id, lead, g => g.Invite(member, null)));
        await Refused.With(ErrorCodes.Forbidden, () => fx.Consortium(id, outsider, g => g.Respond(accept: true)));
        await Refused.With(ErrorCodes.ValidationFailed, () => fx.Consortium(id, lead, g => g.Invite("9999", null)), Rules.ValidIdentifiers);
        await Refused.Rule(Rules.MembershipState, () => fx.Consortium(id, lead, g => g.Leave()));
        await Refused.Rule(Rules.PhaseOrder, () => fx.Advance(id, lead, ConsortiumPhase.MarketDialogue));

        Assert.Equal(before, Refused.Snapshot(await fx.Consortium(id, lead, g => g.GetView())));
        Assert.Empty(await fx.Own(outsider, g => g.GetInvitations()));
    }

    [Fact]
    public async Task A_member_pools_only_its_own_free_needs()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var leadNeed = await fx.PublishNeed(lead);
        var first = await fx.CreateConsortium(lead, leadNeed.Id);
        var second = await fx.CreateConsortium(lead);
        await fx.Join(second, lead, member);
        var withdrawn = await fx.PublishNeed(member);
        await fx.Own(member, g => g.WithdrawNeed(withdrawn.Id));
        var before = Refused.Snapshot(await fx.Consortium(second, lead, g => g.GetView()));

        // Another municipality's need, a need already in another consortium, a withdrawn need, a need that is not there.
        await Refused.Rule(Rules.OwnNeedOnly, () => fx.Consortium(second, member, g => g.PoolNeed(leadNeed.Id)));
        await Refused.Rule(Rules.OwnNeedOnly, () => fx.Consortium(second, lead, g => g.PoolNeed(leadNeed.Id)));
        await Refused.With(ErrorCodes.ValidationFailed, () => fx.Consortium(second, member, g => g.PoolNeed(withdrawn.Id)));
        await Refused.With(ErrorCodes.NotFound, () => fx.Consortium(second, member, g => g.PoolNeed($"{member}-0123456789abcdef")));

        Assert.Equal(before, Refused.Snapshot(await fx.Consortium(second, lead, g => g.GetView())));
        Assert.Equal(first, (await fx.Own(lead, g => g.GetNeed(leadNeed.Id)))!.ConsortiumId);
        Assert.Equal(NeedStage.Withdrawn, (await fx.Own(member, g => g.GetNeed(withdrawn.Id)))!.Stage);
    }

    [Fact]
    public async Task A_pooled_need_can_be_neither_withdrawn_nor_rescoped_by_its_owner()
    {
        var lead = Kommuner.Next();
        var need = await fx.PublishNeed(lead, 400_000);
        var id = await fx.CreateConsortium(lead, need.Id);

        await Refused.Rule(Rules.NeedPooled, () => fx.Own(lead, g => g.WithdrawNeed(need.Id)));
        await Refused.Rule(Rules.NeedPooled, () => fx.Own(lead, g => g.UpdateNeed(new UpdateNeedCommand { Id = need.Id, EstimatedValueNok = 40_000_000 })));

        var view = (await fx.Consortium(id, lead, g => g.GetView()))!;
        Assert.Equal(400_000, view.CombinedEstimatedValueNok);
        Assert.Equal(NeedStage.InConsortium, (await fx.Own(lead, g => g.GetNeed(need.Id)))!.Stage);
    }

    [Fact]
    public async Task Leaving_releases_the_members_needs_back_to_their_stage_before_pooling()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var leadNeed = await fx.PublishNeed(lead);
        var id = await fx.CreateConsortium(lead, leadNeed.Id);
        await fx.Join(id, lead, member);
        var clarified = await fx.PublishNeed(member, 300_000);
        await fx.Own(member, g => g.UpdateNeed(new UpdateNeedCommand { Id = clarified.Id, Stage = NeedStage.Clarified }));
        var identified = await fx.PublishNeed(member, 200_000);
        await fx.Consortium(id, member, g => g.PoolNeed(clarified.Id));
        await fx.Consortium(id, member, g => g.PoolNeed(identified.Id));
        await fx.Consortium(id, member, g => g.RecordAuthorization("Vedtak 7/2025"));

        await fx.Consortium(id, member, g => g.Leave());

        var view = (await fx.Consortium(id, lead, g => g.GetView()))!;
        Assert.Equal([leadNeed.Id], view.PooledNeeds.Select(n => n.NeedId));
        Assert.Equal(leadNeed.EstimatedValueNok, view.CombinedEstimatedValueNok);
        var left = Assert.Single(view.Members, m => m.Municipality == member);
        Assert.Equal((MemberStatus.Left, (string?)null), (left.Status, left.AuthorizationReference));

        var back = (await fx.Own(member, g => g.GetNeed(clarified.Id)))!;
        Assert.Equal((NeedStage.Clarified, (string?)null), (back.Stage, back.ConsortiumId));
        back = (await fx.Own(member, g => g.GetNeed(identified.Id)))!;
        Assert.Equal((NeedStage.Identified, (string?)null), (back.Stage, back.ConsortiumId));
        Assert.Empty(await fx.Own(member, g => g.GetMemberships()));
        // The lead's need stays where it is.
        Assert.Equal(id, (await fx.Own(lead, g => g.GetNeed(leadNeed.Id)))!.ConsortiumId);

        // The released needs are the member's again: it can withdraw one and take the other elsewhere.
        await fx.Own(member, g => g.WithdrawNeed(identified.Id));
        var elsewhere = await fx.CreateConsortium(member, clarified.Id);
        Assert.Equal(elsewhere, (await fx.Own(member, g => g.GetNeed(clarified.Id)))!.ConsortiumId);
    }

    [Fact]
    public async Task Cancelling_hands_the_pooled_needs_back_to_their_municipalities()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var leadNeed = await fx.PublishNeed(lead);
        var id = await fx.CreateConsortium(lead, leadNeed.Id);
        await fx.Join(id, lead, member);
        var memberNeed = await fx.PublishNeed(member);
        await fx.Own(member, g => g.UpdateNeed(new UpdateNeedCommand { Id = memberNeed.Id, Stage = NeedStage.Clarified }));
        await fx.Consortium(id, member, g => g.PoolNeed(memberNeed.Id));
        await fx.Advance(id, lead, ConsortiumPhase.NeedsClarification);

        var view = await fx.Advance(id, lead, ConsortiumPhase.Cancelled);

        Assert.Empty(view.PooledNeeds);
        Assert.Equal(0, view.CombinedEstimatedValueNok);
        var back = (await fx.Own(lead, g => g.GetNeed(leadNeed.Id)))!;
        Assert.Equal((NeedStage.Identified, (string?)null), (back.Stage, back.ConsortiumId));
        back = (await fx.Own(member, g => g.GetNeed(memberNeed.Id)))!;
        Assert.Equal((NeedStage.Clarified, (string?)null), (back.Stage, back.ConsortiumId));
        // Members cannot leave a closed consortium, so without the release these needs could never be withdrawn.
        await Refused.Rule(Rules.MembershipFrozen, () => fx.Consortium(id, member, g => g.Leave()));
        await fx.Own(member, g => g.WithdrawNeed(memberNeed.Id));
        var next = await fx.CreateConsortium(lead, leadNeed.Id);
        Assert.Equal(next, (await fx.Own(lead, g => g.GetNeed(leadNeed.Id)))!.ConsortiumId);
    }

    [Fact]
    public async Task Completing_keeps_the_needs_in_the_consortium()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var need = await fx.PublishNeed(lead);
        var id = await fx.CreateConsortium(lead, need.Id);
        await fx.Join(id, lead, member);
        await fx.Consortium(id, member, g => g.RecordAuthorization("Vedtak"));
        foreach (var phase in new[] { ConsortiumPhase.NeedsClarification, ConsortiumPhase.MarketDialogue, ConsortiumPhase.Competition,
                     ConsortiumPhase.Contract, ConsortiumPhase.BenefitRealisation, ConsortiumPhase.Completed })
            await fx.Advance(id, lead, phase);

        var view = (await fx.Consortium(id, lead, g => g.GetView()))!;
        Assert.Equal(ConsortiumPhase.Completed, view.Phase);
        Assert.Equal(need.Id, Assert.Single(view.PooledNeeds).NeedId);
        Assert.Equal(id, (await fx.Own(lead, g => g.GetNeed(need.Id)))!.ConsortiumId);
        await Refused.Rule(Rules.PhaseOrder, () => fx.Advance(id, lead, ConsortiumPhase.Cancelled));
    }

    [Fact]
    public async Task A_municipality_that_left_can_be_invited_again()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);
        await fx.Join(id, lead, member);
        await fx.Consortium(id, member, g => g.Leave());

        await fx.Consortium(id, lead, g => g.Invite(member, "Welcome back"));
        Assert.Equal("Welcome back", Assert.Single(await fx.Own(member, g => g.GetInvitations())).Message);
    }

    [Fact]
    public async Task Suppliers_do_not_see_a_consortium_without_an_announced_event()
    {
        var lead = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);

        Assert.Null(await fx.As(Callers.Supplier("923609016"), c => c.GetGrain<IConsortiumGrain>(id).GetView()));
        Assert.Null(await fx.As(Callers.Anonymous, c => c.GetGrain<IConsortiumGrain>(id).GetView()));
        // Changing a consortium is a municipality user's: refused by role before existence, which it does not reveal.
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Supplier("923609016"), c => c.GetGrain<IConsortiumGrain>(id).Respond(true)));
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Supplier("923609016"), c => c.GetGrain<IConsortiumGrain>(Guid.NewGuid().ToString("N")).Respond(true)));

        var outsiderView = (await fx.Consortium(id, Kommuner.Next(), g => g.GetView()))!;
        Assert.False(outsiderView.FullView);
        Assert.Empty(outsiderView.Timeline);
        Assert.True((await fx.As(Callers.Programme, c => c.GetGrain<IConsortiumGrain>(id).GetView()))!.FullView);
    }
}
