using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Gateway.Tests.WebApp;

namespace Samspill.Gateway.Tests.Programme;

/// <summary>
/// The programme's four everyday questions, each one query (the GraphiQL examples in src/Web, run as written), with
/// the numbers the data made through GraphQL must give.
/// </summary>
public sealed class ProgrammeAggregateTests(SiloApp app) : IClassFixture<SiloApp>
{
    private static string Example(string name) =>
        File.ReadAllText(Path.Combine(WebAppDirectory.Path, "src", "graphiql", "examples", name + ".graphql"));

    private async Task<JsonNode> Ask(string example, string token) =>
        (await app.GraphQLAsync(Example(example), token: token)).Ok();

    private static int CountyCount(JsonNode formed, string county) =>
        (int)formed["byCounty"]!.AsArray().Single(c => (string?)c!["county"]!["number"] == county)!["count"]!;

    private async Task<string> Consortium(string leadToken, string title, params (string Number, string Token)[] members)
    {
        var id = (string)(await app.GraphQLAsync(
            "mutation($t: String!) { createConsortium(input: { title: $t, description: \"d\" }) { id } }", new { t = title }, leadToken))
            .Ok()["createConsortium"]!["id"]!;
        foreach (var (number, token) in members)
        {
            (await app.GraphQLAsync("mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }",
                new { c = id, m = number }, leadToken)).Ok();
            (await app.GraphQLAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = id }, token)).Ok();
        }
        return id;
    }

    [Fact]
    public async Task Consortia_formed_this_year_count_per_county_of_their_joined_members_and_per_phase()
    {
        var programme = await app.ProgrammeToken();
        var before = (await Ask("consortia-formed-this-year", programme))["programmeOverview"]!["consortiaFormed"]!;
        Assert.Equal(DateTime.UtcNow.Year, (int)before["year"]!); // 4 December: the same year in Oslo and UTC
        Assert.Equal(15, before["byCounty"]!.AsArray().Count);
        Assert.Equal(8, before["byPhase"]!.AsArray().Count);

        // Tromsø (Troms) leads, Bodø (Nordland) joins; Gratangen (Troms) is invited but declines.
        var tromso = await app.MunicipalityToken("5501");
        var bodo = await app.MunicipalityToken("1804");
        var gratangen = await app.MunicipalityToken("5516");
        var id = await Consortium(tromso, "Felles innkjøp av ladeinfrastruktur", ("1804", bodo));
        (await app.GraphQLAsync("mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }",
            new { c = id, m = "5516" }, tromso)).Ok();
        (await app.GraphQLAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: false) { id } }", new { c = id }, gratangen)).Ok();

        var after = (await Ask("consortia-formed-this-year", programme))["programmeOverview"]!["consortiaFormed"]!;
        Assert.Equal((int)before["total"]! + 1, (int)after["total"]!);
        Assert.Equal(CountyCount(before, "55") + 1, CountyCount(after, "55")); // counted once though two could be there
        Assert.Equal(CountyCount(before, "18") + 1, CountyCount(after, "18"));
        Assert.Equal(CountyCount(before, "46"), CountyCount(after, "46"));
        int Forming(JsonNode f) => (int)f["byPhase"]!.AsArray().Single(p => (string?)p!["phase"] == "FORMING")!["count"]!;
        Assert.Equal(Forming(before) + 1, Forming(after));

        // Another year has none of them.
        var past = (await app.GraphQLAsync("{ programmeOverview { consortiaFormed(year: 2001) { year total byCounty { count } } } }", token: programme))
            .Ok()["programmeOverview"]!["consortiaFormed"]!;
        Assert.Equal(2001, (int)past["year"]!);
        Assert.Equal(0, (int)past["total"]!);
        Assert.All(past["byCounty"]!.AsArray(), c => Assert.Equal(0, (int)c!["count"]!));
    }

    [Fact]
    public async Task Innovative_share_against_the_goal_nationally_per_county_by_value_over_years()
    {
        var programme = await app.ProgrammeToken();
        var bergen = await app.MunicipalityToken("4601");
        var kristiansand = await app.MunicipalityToken("4204");
        var kongsvinger = await app.MunicipalityToken("3401");
        const string Report = "mutation($y: Int!, $t: Int!, $i: Int!, $tv: Long, $iv: Long) { reportProcurementStatistics(year: $y, total: $t, innovative: $i, totalValueNok: $tv, innovativeValueNok: $iv) { procurementStatistics { year total innovative totalValueNok innovativeValueNok } } }";
        (await app.GraphQLAsync(Report, new { y = 2019, t = 200, i = 10, tv = 1_000_000_000L, iv = 150_000_000L }, bergen)).Ok();
        (await app.GraphQLAsync(Report, new { y = 2019, t = 100, i = 20 }, kristiansand)).Ok();
        (await app.GraphQLAsync(Report, new { y = 2018, t = 50, i = 1, tv = 10_000_000L, iv = 0L }, kongsvinger)).Ok();

        // Values come together and stay within the total; a refusal changes nothing.
        var half = await app.GraphQLAsync(Report, new { y = 2019, t = 1, i = 0, tv = 5L }, kongsvinger);
        Assert.Equal("VALIDATION_FAILED", half.ErrorCode);
        Assert.Equal("innovativeValueNok", half.ErrorField);
        var over = await app.GraphQLAsync(Report, new { y = 2019, t = 1, i = 0, tv = 5L, iv = 6L }, kongsvinger);
        Assert.Equal("VALIDATION_FAILED", over.ErrorCode);
        Assert.Equal("innovativeValueNok", over.ErrorField);

        var overview = (await Ask("innovative-share", programme))["programmeOverview"]!;
        Assert.Equal(0.10, (double)overview["innovativeGoal"]!);
        var years = overview["innovativeShareByYear"]!.AsArray();
        Assert.Equal([2018, 2019], years.Select(y => (int)y!["year"]!).Where(y => y is 2018 or 2019).ToArray());

        var y2019 = years.Single(y => (int)y!["year"]! == 2019)!;
        Assert.Equal(300, (long)y2019["total"]!);
        Assert.Equal(30, (long)y2019["innovative"]!);
        Assert.Equal(0.10, (double)y2019["share"]!, 6);
        Assert.Equal(2, (int)y2019["reportingMunicipalities"]!);
        Assert.Equal(1, (int)y2019["reportingWithValue"]!); // Kongsvinger's refused 2019 report is not there
        Assert.Equal(1_000_000_000L, (long)y2019["totalValueNok"]!);
        Assert.Equal(0.15, (double)y2019["valueShare"]!, 6);
        JsonNode County(JsonNode year, string n) => year["byCounty"]!.AsArray().Single(c => (string?)c!["county"]!["number"] == n)!;
        Assert.Equal(0.05, (double)County(y2019, "46")["share"]!, 6);
        Assert.Equal(0.20, (double)County(y2019, "42")["share"]!, 6);
        Assert.Null(County(y2019, "42")["valueShare"]);
        Assert.Null(County(y2019, "34")["share"]);
        Assert.Equal(0, (int)County(y2019, "34")["reportingMunicipalities"]!);

        var y2018 = years.Single(y => (int)y!["year"]! == 2018)!;
        Assert.Equal(0.02, (double)y2018["share"]!, 6);
        Assert.Equal(0.0, (double)y2018["valueShare"]!, 6);
    }

    [Fact]
    public async Task Small_district_municipalities_in_no_consortium_with_their_needs()
    {
        var programme = await app.ProgrammeToken();
        var sande = await app.MunicipalityToken("1514");   // small district, publishes a need, joins nothing
        var rost = await app.MunicipalityToken("1856");    // small district, leads a consortium with Værøy
        var vaeroy = await app.MunicipalityToken("1857");
        (await app.GraphQLAsync(
            """mutation { publishNeed(input: { title: "Ferjekai-vedlikehold", description: "d", cpv: ["45000000-7"], category: WORKS, estimatedValueNok: 2500000 }) { id } }""",
            token: sande)).Ok();
        await Consortium(rost, "Fiskerihavner i Lofoten", ("1857", vaeroy));

        var rows = (await Ask("small-district-not-in-consortium", programme))["programmeOverview"]!["municipalityStandings"]!.AsArray();
        var numbers = rows.Select(r => (string)r!["municipality"]!["number"]!).ToList();
        Assert.DoesNotContain("1856", numbers);
        Assert.DoesNotContain("1857", numbers);
        Assert.DoesNotContain("0301", numbers); // Oslo is not a small district municipality
        var all = (await app.GraphQLAsync("{ programmeOverview { smallDistrictMunicipalities municipalityStandings(smallDistrict: true, inConsortium: true) { municipality { number } } } }", token: programme))
            .Ok()["programmeOverview"]!;
        Assert.Equal((int)all["smallDistrictMunicipalities"]!, rows.Count + all["municipalityStandings"]!.AsArray().Count);

        var sandeRow = rows.Single(r => (string?)r!["municipality"]!["number"] == "1514")!;
        Assert.Equal("NEEDS", (string?)sandeRow["part"]);
        Assert.Equal(1, (int)sandeRow["openNeeds"]!);
        Assert.Equal("Ferjekai-vedlikehold", (string?)sandeRow["needs"]!.AsArray().Single()!["title"]);
        Assert.All(rows.Where(r => (int)r!["openNeeds"]! == 0), r => Assert.Equal("NONE", (string?)r!["part"]));

        // Municipalities cannot ask.
        var refused = await app.GraphQLAsync(Example("small-district-not-in-consortium"), token: sande);
        Assert.Equal("FORBIDDEN", refused.ErrorCode);
    }

    [Fact]
    public async Task What_happened_in_the_last_hour_filtered_by_time_and_type_with_the_consortium()
    {
        var programme = await app.ProgrammeToken();
        var moskenes = await app.MunicipalityToken("1874");
        (await app.GraphQLAsync(
            """mutation { publishNeed(input: { title: "Kystnære vannverk", description: "d", cpv: ["45000000-7"], category: WORKS, visibility: PUBLIC }) { id } }""",
            token: moskenes)).Ok();
        var id = await Consortium(moskenes, "Vannverk i Vest-Lofoten");

        var hour = (await Ask("last-hour", programme))["activity"]!;
        var nodes = hour["nodes"]!.AsArray();
        Assert.Equal(nodes.Count, (int)hour["totalCount"]!);
        Assert.All(nodes, n => Assert.True(DateTimeOffset.Parse((string)n!["at"]!) > DateTimeOffset.UtcNow.AddHours(-1).AddMinutes(-1)));
        var created = nodes.First(n => (string?)n!["type"] == "ConsortiumCreated" && (string?)n!["consortium"]?["id"] == id)!;
        Assert.Equal("Vannverk i Vest-Lofoten", (string?)created["consortium"]!["title"]);
        Assert.Equal("1874", (string?)created["municipalityNumber"]);
        Assert.Contains(nodes, n => (string?)n!["type"] == "NeedPublished" && n!["consortium"] is null);

        const string ByType = "query($types: [String!], $since: DateTime) { activity(types: $types, since: $since, first: 200) { totalCount nodes { type consortiumId } } }";
        var onlyCreated = (await app.GraphQLAsync(ByType, new { types = new[] { "ConsortiumCreated" } }, programme)).Ok()["activity"]!;
        Assert.All(onlyCreated["nodes"]!.AsArray(), n => Assert.Equal("ConsortiumCreated", (string?)n!["type"]));
        Assert.Contains(onlyCreated["nodes"]!.AsArray(), n => (string?)n!["consortiumId"] == id);

        var future = (await app.GraphQLAsync(ByType, new { since = DateTimeOffset.UtcNow.AddHours(1).ToString("O") }, programme)).Ok()["activity"]!;
        Assert.Empty(future["nodes"]!.AsArray());
        Assert.Equal(0, (int)future["totalCount"]!);

        var bad = await app.GraphQLAsync("{ activity(lastMinutes: 0) { totalCount } }", token: programme);
        Assert.Equal("VALIDATION_FAILED", bad.ErrorCode);
        Assert.Equal("lastMinutes", bad.ErrorField);
    }

    [Fact]
    public async Task Filtered_pages_continue_from_the_cursor_without_repeats()
    {
        var programme = await app.ProgrammeToken();
        var vaeroy = await app.MunicipalityToken("1857");
        for (var i = 0; i < 3; i++)
            (await app.GraphQLAsync("mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"45000000-7\"], category: WORKS, visibility: PUBLIC }) { id } }",
                new { t = $"Behov {i}" }, vaeroy)).Ok();

        const string Page = "query($after: String) { activity(types: [\"NeedPublished\"], lastMinutes: 60, first: 1, after: $after) { totalCount nodes { summary } pageInfo { hasNextPage endCursor } } }";
        var seen = new List<string>();
        string? after = null;
        int? total = null;
        for (var i = 0; i < 50; i++)
        {
            var page = (await app.GraphQLAsync(Page, new { after }, programme)).Ok()["activity"]!;
            total ??= (int)page["totalCount"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["summary"]!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.True(seen.Count >= 3);
    }

    [Fact]
    public async Task Capability_per_county_and_small_district_against_the_rest()
    {
        var programme = await app.ProgrammeToken();
        string[] dimensions = ["LEADERSHIP_ANCHORING", "STRATEGY", "COMPETENCE", "INTERNAL_COLLABORATION", "SUPPLIER_DIALOGUE", "INTERMUNICIPAL_COLLABORATION", "BENEFIT_REALISATION"];
        async Task Assess(string number, int score) => (await app.GraphQLAsync(
            "mutation($input: CapabilityAssessmentInput!) { submitCapabilityAssessment(input: $input) { average } }",
            new { input = new { scores = dimensions.Select(d => new { dimension = d, score }).ToArray() } },
            await app.MunicipalityToken(number))).Ok();
        await Assess("0301", 5); // Oslo: county 03, not small district
        await Assess("5516", 1); // Gratangen: Troms, small district

        var o = (await app.GraphQLAsync("{ programmeOverview { capabilityByCounty { county { number } averages { dimension average responses } } capabilitySmallDistrict { average responses } capabilityOtherMunicipalities { average responses } } }", token: programme))
            .Ok()["programmeOverview"]!;
        var oslo = o["capabilityByCounty"]!.AsArray().Single(c => (string?)c!["county"]!["number"] == "03")!;
        Assert.Equal(7, oslo["averages"]!.AsArray().Count);
        Assert.All(oslo["averages"]!.AsArray(), a => { Assert.Equal(5.0, (double)a!["average"]!); Assert.Equal(1, (int)a["responses"]!); });
        Assert.All(o["capabilitySmallDistrict"]!.AsArray(), a => Assert.True((int)a!["responses"]! >= 1));
        Assert.All(o["capabilityOtherMunicipalities"]!.AsArray(), a => Assert.True((int)a!["responses"]! >= 1));
    }
}
