using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Consortia;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>Invisible characters that disguise text (right-to-left override, zero-width) are refused in titles and names, and nothing is stored.</summary>
public sealed class FormatCharacterTests(SiloApp app) : IClassFixture<SiloApp>
{
    public static TheoryData<string> Disguises() => new()
    {
        "Fakturagodkjenning \u202Efdp.exe", "Elbil\u200Bladere", "Skole\u200Dskyss", "Velferd\u2066teknologi\u2069", "\uFEFFRenovasjon", "Snø\u00ADbrøyting",
    };

    [Theory]
    [MemberData(nameof(Disguises))]
    public async Task A_need_title_a_consortium_title_and_a_supplier_name_with_a_format_character_are_refused(string text)
    {
        var municipality = await app.MunicipalityToken("1804");
        var before = await NeedTitles(municipality);

        var need = await app.GraphQLAsync("mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }",
            new { t = text }, municipality);
        var consortium = await app.GraphQLAsync("mutation($t: String!) { createConsortium(input: { title: $t, description: \"d\" }) { id } }", new { t = text }, municipality);
        var org = OrgNumbers.Next();
        var supplier = await app.GraphQLAsync("mutation($n: String!) { registerSupplier(input: { name: $n }) { orgNumber } }", new { n = text }, await app.SupplierToken(org));

        Assert.Equal(("VALIDATION_FAILED", "title"), (need.ErrorCode, need.ErrorField));
        Assert.Equal(("VALIDATION_FAILED", "title"), (consortium.ErrorCode, consortium.ErrorField));
        Assert.Equal(("VALIDATION_FAILED", "name"), (supplier.ErrorCode, supplier.ErrorField));
        Assert.Equal(before, await NeedTitles(municipality));
        Assert.Null((await app.GraphQLAsync("query($o: ID!) { supplier(orgNumber: $o) { name } }", new { o = org }, await app.SupplierToken(org))).Data?["supplier"]);
    }

    [Fact]
    public async Task A_right_to_left_override_is_refused_in_a_description_too_but_ordinary_norwegian_text_is_kept()
    {
        var municipality = await app.MunicipalityToken("1804");
        var bad = await app.GraphQLAsync("mutation { publishNeed(input: { title: \"Brøyting\", description: \"se vedlegg \u202Efdp.exe\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }", token: municipality);
        Assert.Equal(("VALIDATION_FAILED", "description"), (bad.ErrorCode, bad.ErrorField));

        var good = (await app.GraphQLAsync("mutation { publishNeed(input: { title: \"Snøbrøyting på Ærøy – «vinter» 2027\", description: \"Linje én\\nLinje to\", cpv: [\"72000000-5\"], category: SERVICES }) { title } }", token: municipality)).Ok();
        Assert.Equal("Snøbrøyting på Ærøy – «vinter» 2027", good["publishNeed"]!["title"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Disguises))]
    public async Task A_case_title_with_a_format_character_is_refused_when_published_or_imported(string text)
    {
        var staff = await app.ProgrammeToken();
        var csv = "id,title_no,buyers,kommunenummer,lead,year_started,year_contract,procedure,cpv,domain,summary_no,outcome_no,source_url,source_title\n"
            + $"skjult-tittel-{text.Length},\"{text}\",Narvik kommune,1806,Narvik kommune,2021,2022,fou_kjop_pcp,90620000-9,transport,\"Narvik prøvde sensorer.\",Det virket.,https://www.narvik.kommune.no/,Narvik kommune\n";
        var imported = (await app.GraphQLAsync("mutation($c: String!) { importCases(csv: $c) { imported { id } errors { line field } } }", new { c = csv }, staff)).Ok()["importCases"]!;
        Assert.Empty(imported["imported"]!.AsArray());
        Assert.Equal("title_no", imported["errors"]!.AsArray().Single()!["field"]!.GetValue<string>());

        var consortium = await ConsortiumInContract();
        var published = await app.GraphQLAsync("mutation($c: ID!, $t: String!) { publishConsortiumAsCase(consortiumId: $c, input: { title: $t }) { id } }",
            new { c = consortium, t = text }, await app.MunicipalityToken("1833"));
        Assert.Equal(("VALIDATION_FAILED", "title"), (published.ErrorCode, published.ErrorField));
    }

    private static readonly SemaphoreSlim ContractOnce = new(1, 1);
    private static (SiloApp App, string Id)? _inContract;

    private async Task<string> ConsortiumInContract()
    {
        await ContractOnce.WaitAsync();
        try
        {
            if (_inContract is { } known && known.App == app) return known.Id;
            var driver = new ConsortiumDriver(app);
            var id = await driver.Formed("1833", "1832");
            await driver.AdvanceTo("1833", id, "NEEDS_CLARIFICATION", "MARKET_DIALOGUE");
            (await driver.Authorize("1833", id)).Ok();
            (await driver.Authorize("1832", id)).Ok();
            await driver.AdvanceTo("1833", id, "COMPETITION", "CONTRACT");
            _inContract = (app, id);
            return id;
        }
        finally
        {
            ContractOnce.Release();
        }
    }

    /// <summary>
    /// Every String a mutation takes, from the served schema, and how it is guarded against disguised text. A new one
    /// fails this test until it is placed here (and its rule checks it): the class, not only the fields attacked above.
    /// </summary>
    private static readonly Dictionary<string, string> Guarded = new()
    {
        // One-line: every format character refused (TextInput.Line).
        ["createConsortium.input.title"] = "line", ["announceDialogueEvent.input.title"] = "line", ["announceDialogueEvent.input.location"] = "line",
        ["publishNeed.input.title"] = "line", ["updateNeed.input.title"] = "line", ["registerSupplier.input.name"] = "line",
        ["recordAuthorization.reference"] = "line", ["publishConsortiumAsCase.input.title"] = "line",
        // Running text: text-direction controls and control characters refused (TextInput.Required).
        ["createConsortium.input.description"] = "text", ["inviteToConsortium.message"] = "text", ["advancePhase.note"] = "text",
        ["announceDialogueEvent.input.description"] = "text", ["cancelDialogueEvent.reason"] = "text", ["answerQuestion.answer"] = "text",
        ["askQuestion.text"] = "text", ["publishNeed.input.description"] = "text", ["updateNeed.input.description"] = "text",
        ["publishConsortiumAsCase.input.summary"] = "text", ["publishConsortiumAsCase.input.outcome"] = "text", ["publishConsortiumAsCase.input.lessons"] = "text",
        // Codes and addresses: only a closed form is accepted (CPV with check digit, a vocabulary, http(s), e-mail, follow values).
        ["publishNeed.input.cpv"] = "code", ["updateNeed.input.cpv"] = "code", ["publishConsortiumAsCase.input.procedure"] = "code",
        ["publishConsortiumAsCase.input.domain"] = "code", ["publishConsortiumAsCase.input.sourceUrl"] = "code", ["setNotificationEmail.email"] = "code",
        ["follow.input.value"] = "code", ["unfollow.input.value"] = "code",
        // A file of rows, each cell checked like the fields above (CaseCsv).
        ["importCases.csv"] = "rows",
    };

    [Fact]
    public async Task Every_string_a_mutation_takes_is_guarded()
    {
        const string Query = "{ __schema { mutationType { fields { name args { name type { ...T } } } } types { name kind inputFields { name type { ...T } } } } } "
            + "fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
        var schema = (await app.GraphQLAsync(Query)).Ok()["__schema"]!;
        var inputs = schema["types"]!.AsArray().Where(t => t!["kind"]!.GetValue<string>() == "INPUT_OBJECT")
            .ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["inputFields"]!.AsArray());
        var strings = new List<string>();
        foreach (var field in schema["mutationType"]!["fields"]!.AsArray())
            foreach (var arg in field!["args"]!.AsArray())
            {
                var path = $"{field["name"]!.GetValue<string>()}.{arg!["name"]!.GetValue<string>()}";
                var type = Named(arg["type"]!);
                if (type == "String") strings.Add(path);
                else if (inputs.TryGetValue(type, out var fields))
                    strings.AddRange(fields.Where(f => Named(f!["type"]!) == "String").Select(f => $"{path}.{f!["name"]!.GetValue<string>()}"));
            }
        Assert.NotEmpty(strings);
        var unguarded = strings.Except(Guarded.Keys).ToList();
        Assert.True(unguarded.Count == 0, "Mutation strings with no known guard: " + string.Join(", ", unguarded));
    }

    private static string Named(JsonNode type) => type["name"]?.GetValue<string>() is { } name ? name : Named(type["ofType"]!);

    private async Task<string> NeedTitles(string token) =>
        (await app.GraphQLAsync("{ municipality(number: \"1804\") { needs(includeWithdrawn: true) { title } } }", token: token)).Ok().ToJsonString();
}
