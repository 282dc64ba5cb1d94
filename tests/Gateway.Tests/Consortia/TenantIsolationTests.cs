using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Identity;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Consortia;

/// <summary>A municipality acts only for itself: it cannot publish, update, withdraw or pool for another, whatever ids it sends.</summary>
public sealed class TenantIsolationTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Tromso = "5501";
    private const string Alta = "5601";

    [Fact]
    public async Task Publishing_always_lands_in_the_token_s_municipality()
    {
        var tromso = await app.MunicipalityToken(Tromso);
        var altaBefore = await NeedsOf(Alta);

        var published = (await app.GraphQLAsync(
            """mutation { publishNeed(input: { title: "Snørydding", description: "d", cpv: ["90620000-9"], category: SERVICES }) { id municipality { number } } }""",
            token: tromso)).Ok()["publishNeed"]!;

        Assert.Equal(Tromso, published["municipality"]!["number"]!.GetValue<string>());
        Assert.Equal(altaBefore, await NeedsOf(Alta));
    }

    [Fact]
    public async Task Updating_or_withdrawing_another_municipality_s_need_is_forbidden_and_changes_nothing()
    {
        var alta = await app.MunicipalityToken(Alta);
        var tromso = await app.MunicipalityToken(Tromso);
        var needId = await PublishAsync(alta, "Vannmålere");
        var before = await NeedsOf(Alta);

        var update = await app.GraphQLAsync("mutation($n: ID!) { updateNeed(input: { id: $n, title: \"Kapret behov\", estimatedValueNok: 1 }) { id } }", new { n = needId }, tromso);
        var withdraw = await app.GraphQLAsync("mutation($n: ID!) { withdrawNeed(id: $n) { id } }", new { n = needId }, tromso);

        Assert.Equal("FORBIDDEN", update.ErrorCode);
        Assert.Equal("FORBIDDEN", withdraw.ErrorCode);
        Assert.Null(update.Data?["updateNeed"]);
        Assert.Equal(before, await NeedsOf(Alta));
    }

    [Fact]
    public async Task Pooling_another_municipality_s_need_is_own_need_only_even_for_a_joined_member()
    {
        var alta = await app.MunicipalityToken(Alta);
        var tromso = await app.MunicipalityToken(Tromso);
        var altaNeed = await PublishAsync(alta, "Vannmålere til alle");
        var consortium = (await app.GraphQLAsync("mutation { createConsortium(input: { title: \"Vann i nord\", description: \"d\" }) { id } }", token: tromso))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        (await app.GraphQLAsync("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"5601\") { id } }", new { c = consortium }, tromso)).Ok();
        (await app.GraphQLAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = consortium }, alta)).Ok();
        var before = await NeedsOf(Alta);

        // The lead tries to pool the member's need on its behalf.
        var pooled = await app.GraphQLAsync("mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id } }", new { c = consortium, n = altaNeed }, tromso);

        Assert.Equal(("RULE_VIOLATION", "OWN_NEED_ONLY"), (pooled.ErrorCode, pooled.ErrorRule));
        Assert.Equal(before, await NeedsOf(Alta));
        var state = (await app.GraphQLAsync("query($c: ID!) { consortium(id: $c) { pooledNeeds { id } combinedEstimatedValueNok } }", new { c = consortium }, tromso)).Ok();
        Assert.Empty(state["consortium"]!["pooledNeeds"]!.AsArray());
    }

    [Fact]
    public async Task A_token_for_a_municipality_that_does_not_exist_acts_as_nobody()
    {
        // Only a trusted issuer can mint such a token (dev tokens refuse unknown numbers): it is refused outright,
        // so it can neither act nor read what municipalities may read.
        var (token, _) = app.Services.GetRequiredService<DevTokenIssuer>().Issue("municipality", "9999", "Nowhere", DateTimeOffset.UtcNow);

        var publish = await app.GraphQLAsync("""mutation { publishNeed(input: { title: "Spøkelse", description: "d", cpv: ["72000000-5"], category: SERVICES }) { id } }""", token: token);
        var read = await app.GraphQLAsync("{ viewer { role } needs(first: 5) { totalCount } }", token: token);

        Assert.Equal((System.Net.HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (publish.Status, publish.ErrorCode));
        Assert.Equal((System.Net.HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (read.Status, read.ErrorCode));
        Assert.Null(read.Data);
        await Assert.ThrowsAnyAsync<HttpRequestException>(async () => await app.ConnectLiveAsync(token));
    }

    private async Task<string> PublishAsync(string token, string title) =>
        (await app.GraphQLAsync("mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"65100000-4\"], category: GOODS, estimatedValueNok: 500000 }) { id } }",
            new { t = title }, token)).Ok()["publishNeed"]!["id"]!.GetValue<string>();

    /// <summary>The municipality's needs as its own users see them, withdrawn ones included.</summary>
    private async Task<string> NeedsOf(string number)
    {
        var data = (await app.GraphQLAsync("query($m: ID!) { municipality(number: $m) { needs(includeWithdrawn: true) { id title stage estimatedValueNok updatedAt consortium { id } } } }",
            new { m = number }, await app.MunicipalityToken(number))).Ok();
        return data["municipality"]!["needs"]!.ToJsonString();
    }
}
