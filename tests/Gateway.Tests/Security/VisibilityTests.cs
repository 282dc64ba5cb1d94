using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A municipality with one need of each visibility, and a consortium with a left member.</summary>
public sealed class VisibilityWorld : SiloApp
{
    public const string Owner = "4601";     // Bergen
    public const string Neighbour = "4602"; // Kinn
    public const string Leaver = "4611";    // Etne
    public const string Supplier = "974760673";

    public Dictionary<string, string> NeedByVisibility { get; } = new();
    public string ConsortiumId { get; private set; } = "";
    public string OwnerToken { get; private set; } = "";

    public async Task SetUpAsync()
    {
        if (ConsortiumId != "") return;
        OwnerToken = await MunicipalityToken(Owner);
        foreach (var visibility in new[] { "PRIVATE", "MUNICIPALITIES", "PUBLIC" })
        {
            NeedByVisibility[visibility] = (await GraphQLAsync(
                "mutation($v: Visibility) { publishNeed(input: { title: \"Behov som er synlig\", description: \"d\", cpv: [\"34144900-7\"], category: GOODS, visibility: $v, neededFrom: \"2027-01-01\", neededTo: \"2027-06-30\" }) { id } }",
                new { v = visibility }, OwnerToken)).Ok()["publishNeed"]!["id"]!.GetValue<string>();
        }
        ConsortiumId = (await GraphQLAsync("mutation { createConsortium(input: { title: \"Elbiler\", description: \"d\" }) { id } }", token: OwnerToken))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        var leaver = await MunicipalityToken(Leaver);
        (await GraphQLAsync($"mutation {{ inviteToConsortium(consortiumId: \"{ConsortiumId}\", municipalityNumber: \"{Leaver}\") {{ id }} }}", token: OwnerToken)).Ok();
        (await GraphQLAsync($"mutation {{ respondToInvitation(consortiumId: \"{ConsortiumId}\", accept: true) {{ id }} }}", token: leaver)).Ok();
        (await GraphQLAsync($"mutation {{ recordAuthorization(consortiumId: \"{ConsortiumId}\", reference: \"Vedtak 12/34\") {{ id }} }}", token: leaver)).Ok();
        (await GraphQLAsync($"mutation {{ leaveConsortium(consortiumId: \"{ConsortiumId}\") {{ id }} }}", token: leaver)).Ok();
        (await GraphQLAsync($"mutation {{ inviteToConsortium(consortiumId: \"{ConsortiumId}\", municipalityNumber: \"{Neighbour}\", message: \"Privat hilsen\") {{ id }} }}", token: OwnerToken)).Ok();
    }

    public async Task<string?> TokenFor(string who) => who switch
    {
        "owner" => OwnerToken,
        "other municipality" => await MunicipalityToken("3301"),
        "supplier" => await SupplierToken(Supplier),
        "programme" => await ProgrammeToken(),
        _ => null,
    };
}

/// <summary>What each caller may see, in single lookups, lists, nested fields and live topics.</summary>
public sealed class VisibilityTests(VisibilityWorld world) : IClassFixture<VisibilityWorld>
{
    public static TheoryData<string, string, bool> NeedCases() => new()
    {
        { "PRIVATE", "owner", true }, { "PRIVATE", "other municipality", false }, { "PRIVATE", "supplier", false }, { "PRIVATE", "programme", false }, { "PRIVATE", "anonymous", false },
        { "MUNICIPALITIES", "owner", true }, { "MUNICIPALITIES", "other municipality", true }, { "MUNICIPALITIES", "supplier", false }, { "MUNICIPALITIES", "programme", true }, { "MUNICIPALITIES", "anonymous", false },
        { "PUBLIC", "owner", true }, { "PUBLIC", "other municipality", true }, { "PUBLIC", "supplier", true }, { "PUBLIC", "programme", true }, { "PUBLIC", "anonymous", true },
    };

    [Theory]
    [MemberData(nameof(NeedCases))]
    public async Task A_need_is_visible_exactly_as_its_visibility_says_in_lookups_lists_and_nested_fields(string visibility, string who, bool visible)
    {
        await world.SetUpAsync();
        var id = world.NeedByVisibility[visibility];
        var data = (await world.GraphQLAsync($$"""
            { need(id: "{{id}}") { id }
              needs(filter: { municipality: "{{VisibilityWorld.Owner}}" }, first: 50) { nodes { id } }
              municipality(number: "{{VisibilityWorld.Owner}}") { needs { id } } }
            """, token: await world.TokenFor(who))).Ok();

        Assert.Equal(visible, data["need"] is JsonObject);
        Assert.Equal(visible, Ids(data["needs"]!["nodes"]).Contains(id));
        Assert.Equal(visible, Ids(data["municipality"]!["needs"]).Contains(id));
    }

    [Fact]
    public async Task Similar_needs_never_show_a_need_the_caller_may_not_see()
    {
        await world.SetUpAsync();
        var other = await world.MunicipalityToken("3301");
        var mine = (await world.GraphQLAsync(
            "mutation { publishNeed(input: { title: \"Elbiler til hjemmetjenesten\", description: \"d\", cpv: [\"34144900-7\"], category: GOODS, neededFrom: \"2027-01-01\", neededTo: \"2027-06-30\" }) { id } }",
            token: other)).Ok()["publishNeed"]!["id"]!.GetValue<string>();
        var matches = Ids((await world.GraphQLAsync($"{{ similarNeeds(needId: \"{mine}\") {{ need {{ id }} }} }}", token: other)).Ok()["similarNeeds"], "need");
        Assert.Contains(world.NeedByVisibility["PUBLIC"], matches);
        Assert.Contains(world.NeedByVisibility["MUNICIPALITIES"], matches);
        Assert.DoesNotContain(world.NeedByVisibility["PRIVATE"], matches);
    }

    [Fact]
    public async Task Another_municipality_sees_a_consortium_summary_without_internals()
    {
        await world.SetUpAsync();
        var query = $$"""{ consortium(id: "{{world.ConsortiumId}}") { id members { municipality { number } status authorizationReference } timeline { type } } }""";
        var outsider = (await world.GraphQLAsync(query, token: await world.TokenFor("other municipality"))).Ok()["consortium"]!;
        Assert.Empty(outsider["timeline"]!.AsArray());
        Assert.All(outsider["members"]!.AsArray(), m =>
        {
            Assert.Equal("JOINED", m!["status"]!.GetValue<string>());
            Assert.Null(m["authorizationReference"]);
        });

        var staff = (await world.GraphQLAsync(query, token: await world.TokenFor("programme"))).Ok()["consortium"]!;
        Assert.NotEmpty(staff["timeline"]!.AsArray());
        Assert.Contains(staff["members"]!.AsArray(), m => m!["status"]!.GetValue<string>() == "INVITED");
    }

    [Theory]
    [InlineData("supplier")]
    [InlineData("anonymous")]
    public async Task A_consortium_without_an_announced_event_does_not_exist_for_suppliers_and_the_public(string who)
    {
        await world.SetUpAsync();
        var data = (await world.GraphQLAsync($$"""{ consortium(id: "{{world.ConsortiumId}}") { id } consortia(first: 200) { nodes { id } totalCount } }""",
            token: await world.TokenFor(who))).Ok();
        Assert.Null(data["consortium"]);
        Assert.DoesNotContain(world.ConsortiumId, Ids(data["consortia"]!["nodes"]));
    }

    [Theory]
    [InlineData("other municipality")]
    [InlineData("supplier")]
    [InlineData("programme")]
    [InlineData("anonymous")]
    public async Task Invitations_are_the_invited_municipality_s_own(string who)
    {
        await world.SetUpAsync();
        var invitations = (await world.GraphQLAsync($$"""{ municipality(number: "{{VisibilityWorld.Neighbour}}") { invitations { message } } }""",
            token: await world.TokenFor(who))).Ok()["municipality"]!["invitations"]!.AsArray();
        Assert.Empty(invitations);

        var own = (await world.GraphQLAsync($$"""{ municipality(number: "{{VisibilityWorld.Neighbour}}") { invitations { message } } }""",
            token: await world.MunicipalityToken(VisibilityWorld.Neighbour))).Ok()["municipality"]!["invitations"]!.AsArray();
        Assert.Equal("Privat hilsen", Assert.Single(own)!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("owner", "FORBIDDEN")]
    [InlineData("supplier", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task The_programme_overview_and_feed_are_for_programme_staff_only(string who, string code)
    {
        await world.SetUpAsync();
        var token = await world.TokenFor(who);
        Assert.Equal(code, (await world.GraphQLAsync("{ programmeOverview { needCount } }", token: token)).ErrorCode);
        Assert.Equal(code, (await world.GraphQLAsync("{ activity { totalCount } }", token: token)).ErrorCode);
    }

    [Theory]
    [InlineData("other municipality", "municipality/4601", "FORBIDDEN")]
    [InlineData("supplier", "municipality/4601", "FORBIDDEN")]
    [InlineData("anonymous", "municipality/4601", "FORBIDDEN")]
    [InlineData("owner", "programme", "FORBIDDEN")]
    [InlineData("supplier", "programme", "FORBIDDEN")]
    [InlineData("other municipality", "consortium", "FORBIDDEN")]
    [InlineData("supplier", "consortium", "NOT_FOUND")]
    [InlineData("anonymous", "consortium", "NOT_FOUND")]
    [InlineData("owner", "consortium/does-not-exist", "NOT_FOUND")]
    [InlineData("owner", "weather/bergen", "NOT_FOUND")]
    public async Task A_live_topic_the_caller_may_not_have_is_refused(string who, string topic, string code)
    {
        await world.SetUpAsync();
        if (topic == "consortium") topic = $"consortium/{world.ConsortiumId}";
        await using var live = await world.ConnectLiveAsync(await world.TokenFor(who));
        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, topic));
        Assert.StartsWith($"{code}: ", ex.Message);
    }

    [Fact]
    public async Task A_member_that_left_is_refused_the_consortium_topic_when_it_subscribes_again()
    {
        await world.SetUpAsync();
        await using var live = await world.ConnectLiveAsync(await world.MunicipalityToken(VisibilityWorld.Leaver));
        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, $"consortium/{world.ConsortiumId}"));
        Assert.StartsWith("FORBIDDEN: ", ex.Message);

        await using var invited = await world.ConnectLiveAsync(await world.MunicipalityToken(VisibilityWorld.Neighbour));
        var granted = await LiveRecorder.Subscribe(invited, $"consortium/{world.ConsortiumId}");
        Assert.True(granted.Sequence > 0);
    }

    private static List<string> Ids(JsonNode? list, string? inner = null) =>
        list!.AsArray().Select(n => (inner is null ? n! : n![inner]!)["id"]!.GetValue<string>()).ToList();
}
