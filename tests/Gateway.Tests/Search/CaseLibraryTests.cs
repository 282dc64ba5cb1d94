using Samspill.Gateway.Tests.Consortia;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Search;

/// <summary>
/// The case library through GraphQL: the seed, imports (errors by line and column, all or nothing), starting a need
/// from a case, and publishing a consortium as a case only by its lead from CONTRACT on.
/// </summary>
public sealed class CaseLibraryTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Header = "id,title_no,buyers,kommunenummer,lead,year_started,year_contract,procedure,cpv,domain,summary_no,outcome_no,source_url,source_title";

    private static string Row(string id, string cpv = "90620000-9", string kommune = "1806") =>
        $"{id},Sensorstyrt brøyting i Narvik,Narvik kommune,{kommune},Narvik kommune,2021,2022,fou_kjop_pcp,{cpv},transport,\"Narvik prøvde sensorer på brøytebilene.\",Det virket.,https://www.narvik.kommune.no/,Narvik kommune";

    private async Task<int> CaseCount() =>
        (await app.GraphQLAsync("{ cases(first: 200) { totalCount } }")).Ok()["cases"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task The_shipped_cases_are_there_from_the_first_start_and_found_by_search()
    {
        var agder = (await app.GraphQLAsync("{ case(id: \"agder-trygghets-og-varslingsteknologi\") { title procedure domain origin buyers municipalities { number } cpv { code } sourceUrl } }"))
            .Ok()["case"]!;
        Assert.Equal(("dialogbasert", "velferdsteknologi", "SEED"), (agder["procedure"]!.GetValue<string>(), agder["domain"]!.GetValue<string>(), agder["origin"]!.GetValue<string>()));
        Assert.Equal("4204", agder["municipalities"]![0]!["number"]!.GetValue<string>());

        var seeded = (await app.GraphQLAsync("{ cases(first: 200, filter: { domain: \"velferdsteknologi\" }) { totalCount nodes { origin } } }")).Ok()["cases"]!;
        // cases.md: seven of the shipped cases are welfare technology (others may be added by other tests here).
        Assert.Equal(7, seeded["nodes"]!.AsArray().Count(n => n!["origin"]!.GetValue<string>() == "SEED"));

        var hits = await app.Search(null, "trygghetsalarmer", kinds: "CASE");
        Assert.Contains("agder-trygghets-og-varslingsteknologi", hits.Ids());
        var byCounty = (await app.GraphQLAsync("{ cases(first: 200, filter: { county: \"46\" }) { nodes { id } } }")).Ok()["cases"]!["nodes"]!.AsArray();
        Assert.Contains(byCounty, n => n!["id"]!.GetValue<string>() == "oslo-bergen-ventilasjon-skoler");
    }

    [Fact]
    public async Task Only_programme_staff_import()
    {
        var csv = $"{Header}\n{Row("narvik-sensorbroyting-a")}\n";
        foreach (var token in new[] { await app.MunicipalityToken("1806"), await app.SupplierToken("974760673") })
            Assert.Equal("FORBIDDEN", (await app.GraphQLAsync("mutation($c: String!) { importCases(csv: $c) { errors { line } } }", new { c = csv }, token)).ErrorCode);
        Assert.Equal("UNAUTHENTICATED", (await app.GraphQLAsync("mutation($c: String!) { importCases(csv: $c) { errors { line } } }", new { c = csv })).ErrorCode);
        Assert.Null((await app.GraphQLAsync("{ case(id: \"narvik-sensorbroyting-a\") { id } }")).Ok()["case"]);
    }

    [Fact]
    public async Task A_bad_row_is_reported_by_line_and_column_and_nothing_of_the_file_is_imported()
    {
        var staff = await app.ProgrammeToken();
        var before = await CaseCount();
        var csv = $"{Header}\n{Row("narvik-sensorbroyting-b")}\n{Row("narvik-sensorbroyting-c", cpv: "12345678-0")}\n{Row("narvik-sensorbroyting-d", kommune: "9999")}\n";

        var result = (await app.GraphQLAsync("mutation($c: String!) { importCases(csv: $c) { imported { id } errors { line field message } } }", new { c = csv }, staff))
            .Ok()["importCases"]!;

        Assert.Empty(result["imported"]!.AsArray());
        var errors = result["errors"]!.AsArray().Select(e => (e!["line"]!.GetValue<int>(), e["field"]!.GetValue<string>())).ToList();
        Assert.Equal([(3, "cpv"), (4, "kommunenummer")], errors);
        Assert.Equal(before, await CaseCount());
        Assert.Null((await app.GraphQLAsync("{ case(id: \"narvik-sensorbroyting-b\") { id } }")).Ok()["case"]);
    }

    [Fact]
    public async Task A_good_file_is_imported_whole_and_found_at_once()
    {
        var staff = await app.ProgrammeToken();
        var csv = $"{Header}\n{Row("narvik-sensorbroyting-e")}\n{Row("narvik-sensorbroyting-f")}\n";
        var result = (await app.GraphQLAsync("mutation($c: String!) { importCases(csv: $c) { imported { id origin } errors { line } } }", new { c = csv }, staff)).Ok()["importCases"]!;
        Assert.Empty(result["errors"]!.AsArray());
        Assert.Equal(2, result["imported"]!.AsArray().Count);
        Assert.Contains("narvik-sensorbroyting-e", (await app.Search(null, "snørydding sensorer", kinds: "CASE")).Ids());

        var again = (await app.GraphQLAsync("mutation($c: String!) { importCases(csv: $c) { imported { id } errors { line field } } }", new { c = csv }, staff)).Ok()["importCases"]!;
        Assert.Empty(again["imported"]!.AsArray());
        Assert.Equal(2, again["errors"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_need_started_from_a_case_is_prefilled_linked_and_meets_others_from_the_same_case_first()
    {
        const string caseId = "larvik-elektronisk-medisineringsstotte";
        var draft = (await app.GraphQLAsync("query($id: ID!) { needDraftFromCase(caseId: $id) { title description cpv { code } fromCase { id } municipalitiesToAsk { number } } }", new { id = caseId },
            await app.MunicipalityToken("3301"))).Ok()["needDraftFromCase"]!;
        Assert.Equal(caseId, draft["fromCase"]!["id"]!.GetValue<string>());
        Assert.NotEmpty(draft["municipalitiesToAsk"]!.AsArray());
        var cpv = draft["cpv"]![0]!["code"]!.GetValue<string>();

        var first = await app.Publish(await app.MunicipalityToken("3301"), "Medisindispensere i hjemmetjenesten", draft["description"]!.GetValue<string>(), cpv, fromCaseId: caseId);
        // An unrelated need that shares the CPV code but not the case.
        await app.Publish(await app.MunicipalityToken("3303"), "Medisinsk forbruksmateriell", "Hansker og sprøyter", cpv);
        var secondToken = await app.MunicipalityToken("3305");
        var second = await app.Publish(secondToken, "Elektronisk medisinering for hjemmeboende", "Vi starter fra Larviks erfaringer", cpv, fromCaseId: caseId);

        var need = (await app.GraphQLAsync("query($id: ID!) { need(id: $id) { fromCase { id } } }", new { id = second }, secondToken)).Ok()["need"]!;
        Assert.Equal(caseId, need["fromCase"]!["id"]!.GetValue<string>());
        await app.Settled();
        var matches = (await app.GraphQLAsync("query($id: ID!) { similarNeeds(needId: $id) { need { id } reasons } }", new { id = second }, secondToken)).Ok()["similarNeeds"]!.AsArray();
        Assert.Equal(first, matches[0]!["need"]!["id"]!.GetValue<string>());
        Assert.Contains("SAME_CASE", matches[0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));

        var unknown = await app.GraphQLAsync("mutation { publishNeed(input: { title: \"Fra ingenting\", description: \"d\", cpv: [\"90620000-9\"], category: SERVICES, fromCaseId: \"finnes-ikke\" }) { id } }",
            token: await app.MunicipalityToken("3301"));
        Assert.Equal(("VALIDATION_FAILED", "fromCaseId"), (unknown.ErrorCode, unknown.ErrorField));
    }

    [Fact]
    public async Task Only_the_lead_publishes_a_consortium_as_a_case_and_only_from_contract()
    {
        var driver = new ConsortiumDriver(app);
        const string lead = "1833", member = "1832";
        var consortium = await driver.Formed(lead, member);
        const string publish = "mutation($c: ID!) { publishConsortiumAsCase(consortiumId: $c, input: { summary: \"Vi kjøpte trygghetsteknologi sammen og lærte mye.\", outcome: \"Avtale signert\", lessons: \"Start markedsdialogen tidlig\", procedure: \"dialogbasert\", domain: \"velferdsteknologi\" }) { id title buyers municipalities { number } lessons origin cpv { code } consortium { id } } }";

        var tooEarly = await driver.As(lead, publish, new { c = consortium });
        Assert.Equal(("RULE_VIOLATION", "CASE_NEEDS_CONTRACT"), (tooEarly.ErrorCode, tooEarly.ErrorRule));

        await driver.AdvanceTo(lead, consortium, "NEEDS_CLARIFICATION", "MARKET_DIALOGUE");
        (await driver.Authorize(lead, consortium)).Ok();
        (await driver.Authorize(member, consortium)).Ok();
        await driver.AdvanceTo(lead, consortium, "COMPETITION");
        Assert.Equal("CASE_NEEDS_CONTRACT", (await driver.As(lead, publish, new { c = consortium })).ErrorRule);
        await driver.AdvanceTo(lead, consortium, "CONTRACT");

        var byMember = await driver.As(member, publish, new { c = consortium });
        Assert.Equal(("RULE_VIOLATION", "LEAD_ONLY"), (byMember.ErrorCode, byMember.ErrorRule));
        Assert.Equal("FORBIDDEN", (await app.GraphQLAsync(publish, new { c = consortium }, await app.SupplierToken("974760673"))).ErrorCode);

        var draft = (await driver.As(lead, "query($c: ID!) { caseDraft(consortiumId: $c) { buyers cpv { code } } }", new { c = consortium })).Ok()["caseDraft"]!;
        Assert.Equal(2, draft["buyers"]!.AsArray().Count);

        var published = (await driver.As(lead, publish, new { c = consortium })).Ok()["publishConsortiumAsCase"]!;
        Assert.Equal(("CONSORTIUM", "Start markedsdialogen tidlig", consortium), (published["origin"]!.GetValue<string>(), published["lessons"]!.GetValue<string>(), published["consortium"]!["id"]!.GetValue<string>()));
        Assert.Equal(new[] { lead, member }.Order(), published["municipalities"]!.AsArray().Select(m => m!["number"]!.GetValue<string>()).Order());
        Assert.NotEmpty(published["cpv"]!.AsArray());
        var caseId = published["id"]!.GetValue<string>();
        Assert.Equal(caseId, (await app.GraphQLAsync("query($id: ID!) { case(id: $id) { id } }", new { id = caseId })).Ok()["case"]!["id"]!.GetValue<string>());
        Assert.Contains(caseId, (await app.Search(null, "markedsdialogen", kinds: "CASE")).Ids());

        // Publishing again updates the same case.
        var again = (await driver.As(lead, "mutation($c: ID!) { publishConsortiumAsCase(consortiumId: $c, input: { outcome: \"Avtalen er i bruk\" }) { id outcome lessons } }", new { c = consortium }))
            .Ok()["publishConsortiumAsCase"]!;
        Assert.Equal((caseId, "Avtalen er i bruk", "Start markedsdialogen tidlig"), (again["id"]!.GetValue<string>(), again["outcome"]!.GetValue<string>(), again["lessons"]!.GetValue<string>()));
    }
}
