using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Search;

/// <summary>
/// "Ikke aktuelt" through GraphQL: a dismissed partner is gone from the owner's similar needs for that need only,
/// and only the owner's users can dismiss.
/// </summary>
public sealed class PartnerDismissalTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Owner = "1813", Other = "1824", Third = "1820";

    private async Task<List<string>> Similar(string? token, string needId)
    {
        await app.Settled();
        return (await app.GraphQLAsync("query($id: ID!) { similarNeeds(needId: $id) { need { id } } }", new { id = needId }, token))
            .Ok()["similarNeeds"]!.AsArray().Select(m => m!["need"]!["id"]!.GetValue<string>()).ToList();
    }

    private async Task<string?> Dismiss(string? token, string needId, string matchedNeedId) =>
        (await app.GraphQLAsync("mutation($n: ID!, $m: ID!) { dismissPartnerSuggestion(needId: $n, matchedNeedId: $m) }", new { n = needId, m = matchedNeedId }, token)).ErrorCode;

    [Fact]
    public async Task A_dismissed_partner_is_gone_from_the_owners_similar_needs_for_that_need_only()
    {
        var owner = await app.MunicipalityToken(Owner);
        var other = await app.MunicipalityToken(Other);
        var mine = await app.Publish(owner, "Brøyting av kommunale veier", "Brøyting og strøing av veier og plasser om vinteren.", "90620000-9");
        var alsoMine = await app.Publish(owner, "Snørydding ved skolene", "Brøyting og snørydding ved skoler og barnehager om vinteren.", "90620000-9");
        var theirs = await app.Publish(other, "Brøyting og strøing", "Brøyting og strøing av kommunale veier om vinteren.", "90620000-9");
        Assert.Contains(theirs, await Similar(owner, mine));
        Assert.Contains(theirs, await Similar(owner, alsoMine));

        Assert.Null(await Dismiss(owner, mine, theirs));

        Assert.DoesNotContain(theirs, await Similar(owner, mine));
        Assert.Contains(theirs, await Similar(owner, alsoMine));
        // Dismissing twice is no error and changes nothing more.
        Assert.Null(await Dismiss(owner, mine, theirs));
        Assert.DoesNotContain(theirs, await Similar(owner, mine));
    }

    [Fact]
    public async Task Only_the_needs_own_municipality_dismisses()
    {
        var owner = await app.MunicipalityToken(Owner);
        var mine = await app.Publish(owner, "Vintervedlikehold av gang- og sykkelveier", "Brøyting av gang- og sykkelveier.", "90620000-9");
        var theirs = await app.Publish(await app.MunicipalityToken(Third), "Vintervedlikehold av fortau", "Brøyting av fortau og gang- og sykkelveier.", "90620000-9");

        Assert.Equal("NOT_FOUND", await Dismiss(await app.MunicipalityToken(Other), mine, theirs));
        Assert.Equal("FORBIDDEN", await Dismiss(await app.SupplierToken("974760673"), mine, theirs));
        Assert.Equal("UNAUTHENTICATED", await Dismiss(null, mine, theirs));
        Assert.Contains(theirs, await Similar(owner, mine));
    }
}
