using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Consortia;

/// <summary>
/// Every consortium rule of docs/domain.md tried and broken through GraphQL: each refusal carries the contract's
/// RULE_VIOLATION and rule, and a fresh read afterwards shows nothing changed.
/// </summary>
public sealed class ConsortiumRuleTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Lead = "1505";     // Kristiansund
    private const string Member = "1506";   // Molde
    private const string Invited = "1508";  // Ålesund
    private const string Outsider = "1511"; // Vanylven

    private readonly ConsortiumDriver _d = new(app);

    private Func<Task<string>> Snapshot(string consortium) => () => _d.Snapshot(Lead, consortium, Member, Invited, Outsider);

    [Theory]
    [InlineData("invite")]
    [InlineData("advance")]
    [InlineData("cancel")]
    public async Task LEAD_ONLY_a_joined_member_cannot_invite_or_move_the_phase(string action)
    {
        var c = await _d.Formed(Lead, Member);
        await Refusal.Assert(Snapshot(c), action switch
        {
            "invite" => () => _d.Invite(Member, c, Outsider),
            "advance" => () => _d.Advance(Member, c, "NEEDS_CLARIFICATION"),
            _ => () => _d.Advance(Member, c, "CANCELLED"),
        }, "RULE_VIOLATION", "LEAD_ONLY");
    }

    [Fact]
    public async Task LEAD_ONLY_an_outsider_cannot_invite_itself()
    {
        var c = await _d.Formed(Lead);
        await Refusal.Assert(Snapshot(c), () => _d.Invite(Outsider, c, Outsider), "RULE_VIOLATION", "LEAD_ONLY");
    }

    [Theory]
    [InlineData("MARKET_DIALOGUE")]     // skips NEEDS_CLARIFICATION
    [InlineData("COMPETITION")]
    [InlineData("FORMING")]             // stays where it is
    [InlineData("COMPLETED")]
    public async Task PHASE_ORDER_phases_move_one_step_at_a_time(string to)
    {
        var c = await _d.Formed(Lead, Member);
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, to), "RULE_VIOLATION", "PHASE_ORDER");
    }

    [Fact]
    public async Task PHASE_ORDER_phases_never_move_back()
    {
        var c = await _d.Formed(Lead, Member);
        await _d.AdvanceTo(Lead, c, "NEEDS_CLARIFICATION", "MARKET_DIALOGUE");
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "NEEDS_CLARIFICATION"), "RULE_VIOLATION", "PHASE_ORDER");
    }

    [Fact]
    public async Task PHASE_ORDER_needs_clarification_needs_a_pooled_need()
    {
        var c = await _d.Create(Lead);
        await _d.Join(Lead, c, Member);
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "NEEDS_CLARIFICATION"), "RULE_VIOLATION", "PHASE_ORDER");

        (await _d.Pool(Member, c, await _d.PublishNeed(Member, 100_000))).Ok();
        Assert.Equal("NEEDS_CLARIFICATION", (await _d.Advance(Lead, c, "NEEDS_CLARIFICATION")).Ok()["advancePhase"]!["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task PHASE_ORDER_market_dialogue_needs_two_joined_members()
    {
        var c = await _d.Formed(Lead);
        (await _d.Invite(Lead, c, Invited)).Ok(); // invited is not joined
        await _d.AdvanceTo(Lead, c, "NEEDS_CLARIFICATION");
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "MARKET_DIALOGUE"), "RULE_VIOLATION", "PHASE_ORDER");

        (await _d.Respond(Invited, c)).Ok();
        (await _d.Advance(Lead, c, "MARKET_DIALOGUE")).Ok();
    }

    [Fact]
    public async Task PHASE_ORDER_a_cancelled_consortium_never_moves_again()
    {
        var c = await _d.Formed(Lead, Member);
        await _d.AdvanceTo(Lead, c, "CANCELLED");
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "NEEDS_CLARIFICATION"), "RULE_VIOLATION", "PHASE_ORDER");
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "CANCELLED"), "RULE_VIOLATION", "PHASE_ORDER");
    }

    [Fact]
    public async Task AUTHORIZATION_REQUIRED_competition_waits_for_every_joined_member_s_mandate()
    {
        var c = await _d.Formed(Lead, Member, Invited);
        await _d.AdvanceTo(Lead, c, "NEEDS_CLARIFICATION", "MARKET_DIALOGUE");
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "COMPETITION"), "RULE_VIOLATION", "AUTHORIZATION_REQUIRED");

        (await _d.Authorize(Member, c)).Ok();
        // One of two members is not enough.
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "COMPETITION"), "RULE_VIOLATION", "AUTHORIZATION_REQUIRED");

        (await _d.Authorize(Invited, c)).Ok();
        Assert.Equal("COMPETITION", (await _d.Advance(Lead, c, "COMPETITION")).Ok()["advancePhase"]!["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task AUTHORIZATION_REQUIRED_is_recorded_by_the_member_itself_not_by_the_lead_or_an_outsider()
    {
        var c = await _d.Formed(Lead, Member);
        await Refusal.Assert(Snapshot(c), () => _d.Authorize(Outsider, c), "FORBIDDEN");
        await _d.AdvanceTo(Lead, c, "NEEDS_CLARIFICATION", "MARKET_DIALOGUE");
        // The lead recording its own mandate does not stand in for the member's.
        (await _d.Authorize(Lead, c)).Ok();
        await Refusal.Assert(Snapshot(c), () => _d.Advance(Lead, c, "COMPETITION"), "RULE_VIOLATION", "AUTHORIZATION_REQUIRED");
    }

    [Theory]
    [InlineData("invite")]
    [InlineData("respond")]
    [InlineData("leave")]
    [InlineData("pool")]
    public async Task MEMBERSHIP_FROZEN_from_competition_on_nobody_joins_leaves_is_invited_or_pools(string action)
    {
        var c = await InCompetitionWithOpenInvitation();
        var memberNeed = await _d.PublishNeed(Member, 50_000);
        await Refusal.Assert(Snapshot(c), action switch
        {
            "invite" => () => _d.Invite(Lead, c, Outsider),
            "respond" => () => _d.Respond(Invited, c),
            "leave" => () => _d.Leave(Member, c),
            _ => () => _d.Pool(Member, c, memberNeed),
        }, "RULE_VIOLATION", "MEMBERSHIP_FROZEN");
    }

    [Fact]
    public async Task MEMBERSHIP_FROZEN_open_invitations_lapse_when_the_competition_starts()
    {
        var c = await InCompetitionWithOpenInvitation();
        var state = await _d.Read(Lead, c);
        Assert.True(state["membershipFrozen"]!.GetValue<bool>());
        Assert.DoesNotContain(state["members"]!.AsArray(), m => m!["municipality"]!["number"]!.GetValue<string>() == Invited);
        var invitations = (await _d.As(Invited, "query($m: ID!) { municipality(number: $m) { invitations { consortium { id } } } }", new { m = Invited }))
            .Ok()["municipality"]!["invitations"]!.AsArray();
        Assert.DoesNotContain(invitations, i => i!["consortium"]!["id"]!.GetValue<string>() == c);
    }

    [Fact]
    public async Task OWN_NEED_ONLY_a_member_cannot_pool_another_member_s_need()
    {
        var c = await _d.Formed(Lead, Member);
        var leadNeed = await _d.PublishNeed(Lead, 10_000);
        await Refusal.Assert(Snapshot(c), () => _d.Pool(Member, c, leadNeed), "RULE_VIOLATION", "OWN_NEED_ONLY");
    }

    [Fact]
    public async Task OWN_NEED_ONLY_a_consortium_cannot_be_created_around_another_municipality_s_need()
    {
        var outsiderNeed = await _d.PublishNeed(Outsider, 10_000);
        async Task<string> Both() =>
            (await _d.As(Outsider, "query($m: ID!) { municipality(number: $m) { needs { id stage updatedAt consortium { id } } } }", new { m = Outsider })).Ok().ToJsonString()
            + (await _d.As(Lead, "query($m: ID!) { municipality(number: $m) { consortia { id } } consortia(filter: { member: $m }, first: 200) { totalCount } }", new { m = Lead })).Ok().ToJsonString();
        await Refusal.Assert(Both,
            () => _d.As(Lead, "mutation($n: ID) { createConsortium(input: { title: \"Kapring\", description: \"d\", needId: $n }) { id } }", new { n = outsiderNeed }),
            "RULE_VIOLATION", "OWN_NEED_ONLY");
    }

    [Fact]
    public async Task OWN_NEED_ONLY_a_need_sits_in_at_most_one_consortium()
    {
        var need = await _d.PublishNeed(Member, 70_000);
        var first = await _d.Formed(Lead, Member);
        (await _d.Pool(Member, first, need)).Ok();
        var second = await _d.Formed(Outsider, Member);
        await Refusal.Assert(() => _d.Snapshot(Outsider, second, Member, Lead), () => _d.Pool(Member, second, need), "RULE_VIOLATION", "OWN_NEED_ONLY");
        var stillFirst = (await _d.As(Member, "query($n: ID!) { need(id: $n) { stage consortium { id } } }", new { n = need })).Ok()["need"]!;
        Assert.Equal(first, stillFirst["consortium"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task MEMBERSHIP_STATE_the_lead_cannot_leave_and_only_the_invited_respond()
    {
        var c = await _d.Formed(Lead, Member);
        await Refusal.Assert(Snapshot(c), () => _d.Leave(Lead, c), "RULE_VIOLATION", "MEMBERSHIP_STATE");
        await Refusal.Assert(Snapshot(c), () => _d.Respond(Outsider, c), "FORBIDDEN");
        await Refusal.Assert(Snapshot(c), () => _d.Leave(Outsider, c), "FORBIDDEN");
    }

    [Fact]
    public async Task An_invitation_to_someone_already_invited_or_joined_is_a_conflict()
    {
        var c = await _d.Formed(Lead, Member);
        (await _d.Invite(Lead, c, Invited)).Ok();
        await Refusal.Assert(Snapshot(c), () => _d.Invite(Lead, c, Invited), "CONFLICT");
        await Refusal.Assert(Snapshot(c), () => _d.Invite(Lead, c, Member), "CONFLICT");
    }

    /// <summary>Lead and member joined and authorized, <see cref="Invited"/> invited but not answering, then COMPETITION.</summary>
    private async Task<string> InCompetitionWithOpenInvitation()
    {
        var c = await _d.Formed(Lead, Member);
        await _d.AdvanceTo(Lead, c, "NEEDS_CLARIFICATION", "MARKET_DIALOGUE");
        (await _d.Invite(Lead, c, Invited)).Ok();
        (await _d.Authorize(Member, c)).Ok();
        await _d.AdvanceTo(Lead, c, "COMPETITION");
        return c;
    }
}
