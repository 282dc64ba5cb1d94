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

    private async Task<string> NeedTitles(string token) =>
        (await app.GraphQLAsync("{ municipality(number: \"1804\") { needs(includeWithdrawn: true) { title } } }", token: token)).Ok().ToJsonString();
}
