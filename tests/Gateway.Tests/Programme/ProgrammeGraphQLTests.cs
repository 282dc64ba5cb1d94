using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Programme;

/// <summary>The programme's GraphQL surface and live topic, end to end through the real host.</summary>
public sealed class ProgrammeGraphQLTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string OverviewQuery = """
        query {
          programmeOverview {
            municipalityCount activeMunicipalities smallDistrictMunicipalities activeSmallDistrictMunicipalities needCount
            consortiaByPhase { phase count }
            dialogueEventsAnnounced supplierRegistrations innovativeShare innovativeShareYear
            byCounty { county { number name } activeMunicipalities needs consortia }
            capabilityAverages { dimension average responses }
          }
        }
        """;

    private const string ActivityQuery = """
        query($first: Int, $after: String) {
          activity(first: $first, after: $after) { nodes { at type summary topic } pageInfo { hasNextPage endCursor } totalCount }
        }
        """;

    private static readonly string[] Dimensions =
        ["LEADERSHIP_ANCHORING", "STRATEGY", "COMPETENCE", "INTERNAL_COLLABORATION", "SUPPLIER_DIALOGUE", "INTERMUNICIPAL_COLLABORATION", "BENEFIT_REALISATION"];

    private static object Scores(Func<int, int> score) => new { input = new { scores = Dimensions.Select((d, i) => new { dimension = d, score = score(i) }).ToArray() } };

    private const string SubmitAssessment = """
        mutation($input: CapabilityAssessmentInput!) {
          submitCapabilityAssessment(input: $input) { submittedAt average scores { dimension score } }
        }
        """;

    [Fact]
    public async Task Programme_staff_follow_a_municipality_through_the_overview()
    {
        var programme = await app.ProgrammeToken();
        var before = (await app.GraphQLAsync(OverviewQuery, token: programme)).Ok()["programmeOverview"]!;
        Assert.Equal(357, (int)before["municipalityCount"]!);
        Assert.Equal(15, before["byCounty"]!.AsArray().Count);

        // Røst (1856), a small district municipality in Nordland, publishes a need and leads a consortium with Moskenes.
        var rost = await app.MunicipalityToken("1856");
        var moskenes = await app.MunicipalityToken("1874");
        var needId = (string)(await app.GraphQLAsync(
            """mutation { publishNeed(input: { title: "Digitale trygghetsalarmer", description: "d", cpv: ["85000000-9"], category: SERVICES }) { id } }""",
            token: rost)).Ok()["publishNeed"]!["id"]!;
        var consortiumId = (string)(await app.GraphQLAsync(
            "mutation($need: ID) { createConsortium(input: { title: \"Velferdsteknologi i Lofoten\", description: \"d\", needId: $need }) { id } }",
            new { need = needId }, rost)).Ok()["createConsortium"]!["id"]!;
        (await app.GraphQLAsync("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1874\") { id } }", new { c = consortiumId }, rost)).Ok();
        (await app.GraphQLAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = consortiumId }, moskenes)).Ok();
        (await app.GraphQLAsync("mutation { reportProcurementStatistics(year: 2024, total: 40, innovative: 4) { number procurementStatistics { year total innovative } } }", token: rost)).Ok();
        (await app.GraphQLAsync(SubmitAssessment, Scores(i => i % 5 + 1), rost)).Ok();

        var after = (await app.GraphQLAsync(OverviewQuery, token: programme)).Ok()["programmeOverview"]!;
        Assert.Equal((int)before["activeMunicipalities"]! + 2, (int)after["activeMunicipalities"]!);
        Assert.Equal((int)before["activeSmallDistrictMunicipalities"]! + 2, (int)after["activeSmallDistrictMunicipalities"]!);
        Assert.Equal((int)before["needCount"]! + 1, (int)after["needCount"]!);
        Assert.Equal(Phase(before, "FORMING") + 1, Phase(after, "FORMING"));
        var nordland = County(after, "18");
        Assert.Equal("Nordland", (string?)nordland["county"]!["name"]);
        Assert.Equal(County(before, "18")["consortia"]!.GetValue<int>() + 1, (int)nordland["consortia"]!);
        Assert.NotNull(after["innovativeShare"]);
        var leadership = after["capabilityAverages"]!.AsArray().Single(a => (string?)a!["dimension"] == "LEADERSHIP_ANCHORING")!;
        Assert.True((int)leadership["responses"]! >= 1);

        // Moskenes leaves: it is no longer active (no needs of its own), the consortium still counts.
        (await app.GraphQLAsync("mutation($c: ID!) { leaveConsortium(consortiumId: $c) { id } }", new { c = consortiumId }, moskenes)).Ok();
        var left = (await app.GraphQLAsync(OverviewQuery, token: programme)).Ok()["programmeOverview"]!;
        Assert.Equal((int)after["activeMunicipalities"]! - 1, (int)left["activeMunicipalities"]!);

        // Cancelling takes the consortium out of the county's running consortia.
        (await app.GraphQLAsync("mutation($c: ID!) { advancePhase(consortiumId: $c, to: CANCELLED) { phase } }", new { c = consortiumId }, rost)).Ok();
        var cancelled = (await app.GraphQLAsync(OverviewQuery, token: programme)).Ok()["programmeOverview"]!;
        Assert.Equal(County(before, "18")["consortia"]!.GetValue<int>(), (int)County(cancelled, "18")["consortia"]!);
        Assert.Equal(Phase(before, "CANCELLED") + 1, Phase(cancelled, "CANCELLED"));
        Assert.Equal(Phase(before, "FORMING"), Phase(cancelled, "FORMING"));
    }

    [Theory]
    [InlineData("municipality", "5001", "FORBIDDEN")]
    [InlineData("supplier", "923609016", "FORBIDDEN")]
    [InlineData(null, null, "UNAUTHENTICATED")]
    public async Task Only_programme_staff_get_the_overview_and_the_feed(string? role, string? tenant, string code)
    {
        var token = role is null ? null : await app.TokenAsync(role, tenant);
        var overview = await app.GraphQLAsync("{ programmeOverview { municipalityCount } }", token: token);
        Assert.Equal(code, overview.ErrorCode);
        var activity = await app.GraphQLAsync("{ activity { totalCount } }", token: token);
        Assert.Equal(code, activity.ErrorCode);
    }

    [Fact]
    public async Task Programme_staff_see_activity_live_and_in_the_feed_newest_first()
    {
        var programme = await app.ProgrammeToken();
        await using var live = await app.ConnectLiveAsync(programme);
        var recorder = new LiveRecorder(live);
        await LiveRecorder.Subscribe(live, "programme");

        var bergen = await app.MunicipalityToken("4601");
        var title = $"Smarte vannmålere {Guid.NewGuid():N}";
        (await app.GraphQLAsync("mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }",
            new { t = title }, bergen)).Ok();
        (await app.GraphQLAsync("mutation($t: String!) { createConsortium(input: { title: $t, description: \"d\" }) { id } }",
            new { t = title }, bergen)).Ok();

        var published = await recorder.WaitFor(e => e.Type == "NeedPublished" && e.Data.GetProperty("title").GetString() == title);
        var created = await recorder.WaitFor(e => e.Type == "ConsortiumCreated" && e.Data.GetProperty("title").GetString() == title);
        Assert.Equal("programme", published.Topic);
        Assert.True(created.Sequence > published.Sequence);

        var feed = (await app.GraphQLAsync(ActivityQuery, new { first = 2 }, programme)).Ok()["activity"]!;
        var nodes = feed["nodes"]!.AsArray();
        Assert.Equal(["ConsortiumCreated", "NeedPublished"], nodes.Select(n => (string?)n!["type"]));
        Assert.All(nodes, n => Assert.Equal("programme", (string?)n!["topic"]));
        Assert.Contains(title, (string?)nodes[1]!["summary"]);
        Assert.Equal(created.OccurredAt, nodes[0]!["at"]!.GetValue<DateTimeOffset>());
        Assert.True((int)feed["totalCount"]! >= 2);
    }

    [Fact]
    public async Task The_feed_pages_by_cursor_and_new_items_do_not_shift_the_next_page()
    {
        var programme = await app.ProgrammeToken();
        var trondheim = await app.MunicipalityToken("5001");
        for (var i = 0; i < 5; i++)
            (await app.GraphQLAsync($$"""mutation { publishNeed(input: { title: "Behov nummer {{i}}", description: "d", cpv: ["72000000-5"], category: SERVICES }) { id } }""", token: trondheim)).Ok();

        var first = (await app.GraphQLAsync(ActivityQuery, new { first = 2 }, programme)).Ok()["activity"]!;
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        var cursor = (string)first["pageInfo"]!["endCursor"]!;
        var expected = (await app.GraphQLAsync(ActivityQuery, new { first = 3, after = cursor }, programme)).Ok()["activity"]!["nodes"]!.ToJsonString();

        (await app.GraphQLAsync("""mutation { publishNeed(input: { title: "Et nytt behov", description: "d", cpv: ["72000000-5"], category: SERVICES }) { id } }""", token: trondheim)).Ok();

        var next = (await app.GraphQLAsync(ActivityQuery, new { first = 3, after = cursor }, programme)).Ok()["activity"]!;
        Assert.Equal(expected, next["nodes"]!.ToJsonString());
        Assert.Equal((int)first["totalCount"]! + 1, (int)next["totalCount"]!);
    }

    [Theory]
    [InlineData("bm90LWEtY3Vyc29y", 10, "after")]
    [InlineData("%%%", 10, "after")]
    [InlineData(null, 201, "first")]
    [InlineData(null, -1, "first")]
    public async Task Bad_paging_arguments_are_refused(string? after, int first, string field)
    {
        var response = await app.GraphQLAsync(ActivityQuery, new { first, after }, await app.ProgrammeToken());
        Assert.Equal(("VALIDATION_FAILED", field), (response.ErrorCode, response.ErrorField));
    }

    [Fact]
    public async Task A_municipality_may_not_subscribe_to_the_programme_topic()
    {
        await using var live = await app.ConnectLiveAsync(await app.MunicipalityToken("5001"));
        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, "programme"));
        Assert.StartsWith("FORBIDDEN: ", ex.Message);
    }

    [Fact]
    public async Task A_municipality_assesses_itself_and_only_it_and_programme_staff_see_the_result()
    {
        var own = await app.MunicipalityToken("1871");
        var submitted = (await app.GraphQLAsync(SubmitAssessment, Scores(i => i % 5 + 1), own)).Ok()["submitCapabilityAssessment"]!;
        Assert.Equal(Dimensions, submitted["scores"]!.AsArray().Select(s => (string?)s!["dimension"]));
        Assert.Equal(18.0 / 7, (double)submitted["average"]!, 6);
        (await app.GraphQLAsync(SubmitAssessment, Scores(_ => 4), own)).Ok();

        const string query = "{ municipality(number: \"1871\") { capability { average scores { dimension score } } capabilityHistory { average } } }";
        foreach (var token in new[] { own, await app.ProgrammeToken() })
        {
            var m = (await app.GraphQLAsync(query, token: token)).Ok()["municipality"]!;
            Assert.Equal(4.0, (double)m["capability"]!["average"]!);
            var history = m["capabilityHistory"]!.AsArray().Select(h => (double)h!["average"]!).ToList();
            Assert.Equal(2, history.Count);
            Assert.Equal(4.0, history[0]);
            Assert.Equal(18.0 / 7, history[1], 6);
        }
        foreach (var token in new[] { await app.MunicipalityToken("1874"), await app.SupplierToken("923609016"), null })
        {
            var m = (await app.GraphQLAsync(query, token: token)).Ok()["municipality"]!;
            Assert.Null(m["capability"]);
            Assert.Empty(m["capabilityHistory"]!.AsArray());
        }
    }

    [Fact]
    public async Task Incomplete_or_out_of_range_assessments_are_refused_and_change_nothing()
    {
        var own = await app.MunicipalityToken("1867");
        var missing = new { input = new { scores = Dimensions.Skip(1).Select(d => new { dimension = d, score = 3 }).ToArray() } };
        var repeated = new { input = new { scores = Dimensions.Select(d => new { dimension = d, score = 3 }).Append(new { dimension = "STRATEGY", score = 2 }).ToArray() } };
        foreach (var bad in new[] { missing, repeated, Scores(i => i == 3 ? 6 : 3), Scores(i => i == 0 ? 0 : 3) })
        {
            var response = await app.GraphQLAsync(SubmitAssessment, bad, own);
            Assert.Equal(("VALIDATION_FAILED", "scores"), (response.ErrorCode, response.ErrorField));
        }
        var supplier = await app.GraphQLAsync(SubmitAssessment, Scores(_ => 3), await app.SupplierToken("923609016"));
        Assert.Equal("FORBIDDEN", supplier.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await app.GraphQLAsync(SubmitAssessment, Scores(_ => 3))).ErrorCode);

        var m = (await app.GraphQLAsync("{ municipality(number: \"1867\") { capability { average } capabilityHistory { average } } }", token: own)).Ok()["municipality"]!;
        Assert.Null(m["capability"]);
        Assert.Empty(m["capabilityHistory"]!.AsArray());
    }

    [Theory]
    [InlineData(2024, 10, 11, "innovative")]
    [InlineData(1999, 10, 1, "year")]
    [InlineData(2024, -1, 0, "total")]
    public async Task Impossible_statistics_are_refused(int year, int total, int innovative, string field)
    {
        var response = await app.GraphQLAsync("mutation($y: Int!, $t: Int!, $i: Int!) { reportProcurementStatistics(year: $y, total: $t, innovative: $i) { number } }",
            new { y = year, t = total, i = innovative }, await app.MunicipalityToken("1870"));
        Assert.Equal(("VALIDATION_FAILED", field), (response.ErrorCode, response.ErrorField));
    }

    private static int Phase(JsonNode overview, string phase) =>
        (int)overview["consortiaByPhase"]!.AsArray().Single(p => (string?)p!["phase"] == phase)!["count"]!;

    private static JsonNode County(JsonNode overview, string number) =>
        overview["byCounty"]!.AsArray().Single(c => (string?)c!["county"]!["number"] == number)!;
}
