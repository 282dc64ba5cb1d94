using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Consortia;

/// <summary>The need rules around pooling, through GraphQL: a pooled need's scope is fixed, and what is withdrawn stays out.</summary>
public sealed class PooledNeedTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Lead = "1516";   // Ulstein
    private const string Member = "1517"; // Hareid

    private readonly ConsortiumDriver _d = new(app);

    [Theory]
    [InlineData("estimatedValueNok: 5000000")]
    [InlineData("cpv: [\"72000000-5\"]")]
    [InlineData("stage: CLARIFIED")]
    public async Task NEED_POOLED_a_pooled_need_s_value_cpv_and_stage_are_fixed(string change)
    {
        var (c, need) = await PooledByMember();
        await Refusal.Assert(() => _d.Snapshot(Lead, c, Member),
            () => _d.As(Member, $"mutation($n: ID!) {{ updateNeed(input: {{ id: $n, {change} }}) {{ id }} }}", new { n = need }),
            "RULE_VIOLATION", "NEED_POOLED");
    }

    [Fact]
    public async Task NEED_POOLED_a_pooled_need_cannot_be_withdrawn_but_its_title_can_change()
    {
        var (c, need) = await PooledByMember();
        await Refusal.Assert(() => _d.Snapshot(Lead, c, Member),
            () => _d.As(Member, "mutation($n: ID!) { withdrawNeed(id: $n) { id } }", new { n = need }), "RULE_VIOLATION", "NEED_POOLED");

        var renamed = (await _d.As(Member, "mutation($n: ID!) { updateNeed(input: { id: $n, title: \"Nytt navn\" }) { title stage consortium { id } } }", new { n = need }))
            .Ok()["updateNeed"]!;
        Assert.Equal(("Nytt navn", "IN_CONSORTIUM", c), (renamed["title"]!.GetValue<string>(), renamed["stage"]!.GetValue<string>(), renamed["consortium"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_withdrawn_need_cannot_be_pooled()
    {
        var c = await _d.Formed(Lead, Member);
        var need = await _d.PublishNeed(Member, 10_000);
        (await _d.As(Member, "mutation($n: ID!) { withdrawNeed(id: $n) { stage } }", new { n = need })).Ok();
        var before = await _d.Snapshot(Lead, c, Member);
        var response = await _d.Pool(Member, c, need);
        Assert.Equal(("VALIDATION_FAILED", "needId"), (response.ErrorCode, response.ErrorField));
        Assert.Equal(before, await _d.Snapshot(Lead, c, Member));
    }

    [Fact]
    public async Task An_invited_member_that_has_not_joined_cannot_pool()
    {
        var c = await _d.Formed(Lead);
        (await _d.Invite(Lead, c, Member)).Ok();
        var need = await _d.PublishNeed(Member, 10_000);
        await Refusal.Assert(() => _d.Snapshot(Lead, c, Member), () => _d.Pool(Member, c, need), "FORBIDDEN");
    }

    [Fact]
    public async Task Cancelling_hands_pooled_needs_back_to_their_municipalities()
    {
        var (c, need) = await PooledByMember();
        (await _d.Advance(Lead, c, "CANCELLED")).Ok();
        var back = (await _d.As(Member, "query($n: ID!) { need(id: $n) { stage consortium { id } } }", new { n = need })).Ok()["need"]!;
        Assert.Equal("IDENTIFIED", back["stage"]!.GetValue<string>());
        Assert.Null(back["consortium"]);
    }

    [Fact]
    public async Task A_mutation_returns_what_it_changed_even_when_the_same_request_read_it_before()
    {
        var need = await _d.PublishNeed(Lead, 20_000);
        // The first field reads the lead's needs into the request's cache; the second pools one of them.
        var data = (await _d.As(Lead, """
            mutation($n: ID!) {
              first: updateNeed(input: { id: $n, title: "Lest først" }) { municipality { needs { id stage } } }
              second: createConsortium(input: { title: "Fersk", description: "d", needId: $n }) { pooledNeeds { id stage title consortium { id } } }
            }
            """, new { n = need })).Ok();
        var pooled = Assert.Single(data["second"]!["pooledNeeds"]!.AsArray())!;
        Assert.Equal("IN_CONSORTIUM", pooled["stage"]!.GetValue<string>());
        Assert.Equal("Lest først", pooled["title"]!.GetValue<string>());
        Assert.NotNull(pooled["consortium"]);
    }

    private async Task<(string Consortium, string Need)> PooledByMember()
    {
        var c = await _d.Formed(Lead);
        await _d.Join(Lead, c, Member);
        var need = await _d.PublishNeed(Member, 800_000);
        (await _d.Pool(Member, c, need)).Ok();
        return (c, need);
    }
}
