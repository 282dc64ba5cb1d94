using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Search;

/// <summary>
/// Search through GraphQL: what a caller may not see is in no hit, no count and no facet; a change is found as soon
/// as it is acknowledged; consortia and announced events are found by who may see them.
/// </summary>
public sealed class SearchVisibilityTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Owner = "4601", Other = "1804";

    [Fact]
    public async Task A_need_another_municipality_may_not_see_is_in_no_hit_count_or_facet()
    {
        var owner = await app.MunicipalityToken(Owner);
        var hidden = await app.Publish(owner, "Gatevarmeanlegg i sentrum", "Privat: gatevarmeanlegg for torget", "90620000-9", "PRIVATE");
        var shared = await app.Publish(owner, "Varmekabler og gatevarmeanlegg", "Gatevarmeanlegg ved skolene", "90620000-9", "MUNICIPALITIES");

        var asOwner = await app.Search(owner, "gatevarmeanlegg");
        Assert.Equal(new[] { hidden, shared }.Order(), asOwner.Ids().Order());

        var asOther = await app.Search(await app.MunicipalityToken(Other), "gatevarmeanlegg");
        Assert.Equal([shared], asOther.Ids());
        Assert.Equal(1, asOther["totalCount"]!.GetValue<int>());
        Assert.Equal(1, asOther["facets"]!["byKind"]!.AsArray().Single(f => f!["value"]!.GetValue<string>() == "Need")!["count"]!.GetValue<int>());
        Assert.Equal(1, asOther["facets"]!["byCounty"]!.AsArray().Single(f => f!["value"]!.GetValue<string>() == "46")!["count"]!.GetValue<int>());

        foreach (var token in new[] { await app.SupplierToken("974760673"), null })
        {
            var outsider = await app.Search(token, "gatevarmeanlegg");
            Assert.Empty(outsider.Ids());
            Assert.Equal(0, outsider["totalCount"]!.GetValue<int>());
            Assert.Empty(outsider["facets"]!["byKind"]!.AsArray());
            Assert.Empty(outsider["facets"]!["byCounty"]!.AsArray());
        }

        var staff = await app.Search(await app.ProgrammeToken(), "gatevarmeanlegg");
        Assert.Equal([shared], staff.Ids());
    }

    [Fact]
    public async Task A_change_is_found_as_soon_as_it_is_acknowledged()
    {
        var owner = await app.MunicipalityToken(Owner);
        var id = await app.Publish(owner, "Kjøretøyvekter for renovasjonsbilene", "Vekter på renovasjonsbilene", "34144512-0", "PUBLIC");
        // No waiting: the index is fed before the mutation answers.
        Assert.Equal([id], (await app.Search(null, "kjøretøyvekter")).Ids());

        (await app.GraphQLAsync("mutation($id: ID!) { updateNeed(input: { id: $id, title: \"Akselvekter for renovasjonsbilene\" }) { id } }", new { id }, owner)).Ok();
        Assert.Equal([id], (await app.Search(null, "akselvekter")).Ids());

        (await app.GraphQLAsync("mutation($id: ID!) { withdrawNeed(id: $id) { id } }", new { id }, owner)).Ok();
        Assert.Empty((await app.Search(null, "akselvekter")).Ids());
    }

    [Fact]
    public async Task Consortia_are_found_by_municipalities_and_not_by_suppliers_until_an_event_is_announced()
    {
        var lead = await app.MunicipalityToken("3301");
        var id = (await app.GraphQLAsync("mutation { createConsortium(input: { title: \"Felles lysløyper\", description: \"Belysning av lysløyper i distriktet\" }) { id } }", token: lead))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();

        Assert.Equal([id], (await app.Search(await app.MunicipalityToken(Other), "lysløyper", kinds: "CONSORTIUM")).Ids());
        Assert.Empty((await app.Search(await app.SupplierToken("974760673"), "lysløyper")).Ids());
        Assert.Empty((await app.Search(null, "lysløyper")).Ids());
    }

    [Fact]
    public async Task Hits_page_with_the_cursor()
    {
        var owner = await app.MunicipalityToken(Owner);
        for (var i = 0; i < 3; i++) await app.Publish(owner, $"Bryggeanlegg nummer {i}", "Flytebrygger til småbåthavna", "45241000-8", "PUBLIC");
        var first = await app.Search(null, "flytebrygger", first: 2);
        Assert.Equal(2, first.Ids().Count());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var rest = await app.Search(null, "flytebrygger", first: 2, after: first["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.Single(rest.Ids());
        Assert.False(rest["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Empty(first.Ids().Intersect(rest.Ids()));
    }

    [Fact]
    public async Task Bad_arguments_are_refused()
    {
        var tooMany = await app.GraphQLAsync("{ search(text: \"x\", first: 500) { totalCount } }");
        Assert.Equal(("VALIDATION_FAILED", "first"), (tooMany.ErrorCode, tooMany.ErrorField));
        var county = await app.GraphQLAsync("{ search(text: \"x\", county: \"99\") { totalCount } }");
        Assert.Equal(("VALIDATION_FAILED", "county"), (county.ErrorCode, county.ErrorField));
        var division = await app.GraphQLAsync("{ search(text: \"x\", cpvDivision: \"3x\") { totalCount } }");
        Assert.Equal(("VALIDATION_FAILED", "cpvDivision"), (division.ErrorCode, division.ErrorField));
    }

    [Fact]
    public async Task Cpv_search_uses_the_norwegian_analysis()
    {
        var codes = (await app.GraphQLAsync("{ cpvSearch(text: \"trygghetsalarm\") { code } }")).Ok()["cpvSearch"]!.AsArray()
            .Select(c => c!["code"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(codes);
        Assert.Contains(codes, c => c.StartsWith("351217", StringComparison.Ordinal) || c.StartsWith("3171", StringComparison.Ordinal) || c.StartsWith("797", StringComparison.Ordinal) || c.StartsWith("3162", StringComparison.Ordinal));
        var snow = (await app.GraphQLAsync("{ cpvSearch(text: \"brøyting\") { code } }")).Ok()["cpvSearch"]!.AsArray().Select(c => c!["code"]!.GetValue<string>());
        Assert.Contains("90620000-9", snow);
    }
}
