using System.Net;
using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Ocds;

/// <summary>GET /ocds/releases and /ocds/consortia/{id} through the real host.</summary>
public sealed class OcdsEndpointTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public async Task Only_announced_consortia_are_published_with_public_data_only_and_the_output_validates()
    {
        var trondheim = await app.MunicipalityToken("5001");
        var moskenes = await app.MunicipalityToken("1874");
        var publicNeed = await PublishNeed(trondheim, "Trygghetsalarmer for hjemmeboende", "PUBLIC", "85000000-9");
        var privateNeed = await PublishNeed(moskenes, "Hemmelig behov i Moskenes", "PRIVATE", "33000000-0");
        var announced = await CreateConsortium(trondheim, "Velferdsteknologi i nord", publicNeed);
        await Gql("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1874\", message: \"hemmelig invitasjon\") { id } }", new { c = announced }, trondheim);
        await Gql("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = announced }, moskenes);
        await Gql("mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id } }", new { c = announced, n = privateNeed }, moskenes);
        await Gql("mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"vedtak-hemmelig-17\") { id } }", new { c = announced }, moskenes);
        await Gql("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1856\") { id } }", new { c = announced }, trondheim);
        var silent = await CreateConsortium(await app.MunicipalityToken("4601"), "Ikke annonsert", null);

        // Nothing announced yet, not even in the dialogue phases: nothing published.
        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.GetAsync("/ocds/releases")).StatusCode);
        await app.AdvanceAsync(announced, trondheim, "NEEDS_CLARIFICATION");
        await app.AdvanceAsync(announced, trondheim, "MARKET_DIALOGUE");
        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.GetAsync("/ocds/releases")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/ocds/consortia/{announced}")).StatusCode);

        var eventId = (await app.AnnounceAsync(trondheim, DialogueApi.Announcement(announced, DateTimeOffset.UtcNow, title: "Dialogkonferanse om trygghetsalarmer")))["id"]!.GetValue<string>();
        var asker = OrgNumbers.Next();
        var supplier = await app.SupplierAsync(asker);
        var question = (await app.AskAsync(supplier, announced, "Må alarmene følge EN 50134?")).Ok()["askQuestion"]!["id"]!.GetValue<string>();
        (await app.AskAsync(supplier, announced, "Et spørsmål som ennå er ubesvart?")).Ok();
        (await app.AnswerAsync(trondheim, question, "Ja, EN 50134 gjelder.")).Ok();

        var all = await GetPackage("/ocds/releases");
        Assert.Empty(await OcdsSchema.ValidatePackageAsync(all.ToJsonString()));
        var release = Assert.Single(all["releases"]!.AsArray())!;
        Assert.Equal($"ocds-samspill-{announced}", (string?)release["ocid"]);
        Assert.Equal("planning", (string?)release["tender"]!["status"]);
        Assert.Equal(["kommune-5001", "kommune-1874"], release["parties"]!.AsArray().Select(p => (string?)p!["id"]));
        Assert.Equal($"{app.BaseUrl}ocds/releases", (string?)all["uri"]);

        var items = release["tender"]!["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("Trygghetsalarmer for hjemmeboende", (string?)items[0]!["description"]);

        // The real event is an engagement milestone; the answered question, and only it, an enquiry without its asker.
        var milestone = Assert.Single(release["tender"]!["milestones"]!.AsArray())!;
        Assert.Equal((eventId, "engagement", "scheduled", "Dialogkonferanse om trygghetsalarmer", "CONFERENCE"),
            ((string?)milestone["id"], (string?)milestone["type"], (string?)milestone["status"], (string?)milestone["title"], (string?)milestone["code"]));
        Assert.True((bool)release["tender"]!["hasEnquiries"]!);
        var enquiry = Assert.Single(release["tender"]!["enquiries"]!.AsArray())!;
        Assert.Equal((question, "Må alarmene følge EN 50134?", "Ja, EN 50134 gjelder."), ((string?)enquiry["id"], (string?)enquiry["description"], (string?)enquiry["answer"]));
        Assert.NotNull(enquiry["dateAnswered"]);
        Assert.Null(enquiry["author"]);

        var text = all.ToJsonString();
        foreach (var secret in new[] { "Hemmelig behov", privateNeed, "vedtak-hemmelig-17", "hemmelig invitasjon", "kommune-1856", silent, "Ikke annonsert",
                     asker, $"Leverandør {asker} AS", "ennå er ubesvart" })
            Assert.DoesNotContain(secret, text);

        var one = await GetPackage($"/ocds/consortia/{announced}");
        Assert.Empty(await OcdsSchema.ValidatePackageAsync(one.ToJsonString()));
        Assert.Equal((string?)release["id"], (string?)Assert.Single(one["releases"]!.AsArray())!["id"]);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/ocds/consortia/{silent}")).StatusCode);

        // A member's token changes nothing: the open data is what anyone may see.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/ocds/consortia/{announced}");
        request.Headers.Authorization = new("Bearer", moskenes);
        var asMember = await (await app.Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Equal(one.ToJsonString(), JsonNode.Parse(asMember)!.ToJsonString());
    }

    [Theory]
    [InlineData("no-such-consortium")]
    [InlineData("x123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task Unknown_consortia_are_not_found(string id) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/ocds/consortia/{id}")).StatusCode);

    [Fact]
    public async Task The_ocid_prefix_is_configuration()
    {
        await using var custom = new SiloApp().With("Ocds:OcidPrefix", "ocds-abc123");
        await custom.InitializeAsync();
        var (id, lead, _) = await custom.ConsortiumInDialogueAsync("5001", "5006", toMarketDialogue: false);
        await custom.AnnounceAsync(lead, DialogueApi.Announcement(id, DateTimeOffset.UtcNow));
        var package = JsonNode.Parse(await custom.Http.GetStringAsync($"/ocds/consortia/{id}"))!;
        Assert.Equal($"ocds-abc123-{id}", (string?)package["releases"]![0]!["ocid"]);
    }

    private async Task<JsonNode> GetPackage(string path)
    {
        var response = await app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<JsonNode> Gql(string query, object? variables, string token) => (await app.GraphQLAsync(query, variables, token)).Ok();

    private async Task<string> PublishNeed(string token, string title, string visibility, string cpv) =>
        (string)(await Gql($$"""mutation($t: String!) { publishNeed(input: { title: $t, description: "d", cpv: ["{{cpv}}"], category: SERVICES, estimatedValueNok: 900000, visibility: {{visibility}} }) { id } }""",
            new { t = title }, token))["publishNeed"]!["id"]!;

    private async Task<string> CreateConsortium(string token, string title, string? needId) =>
        (string)(await Gql("mutation($t: String!, $n: ID) { createConsortium(input: { title: $t, description: \"Felles innkjøp\", needId: $n }) { id } }",
            new { t = title, n = needId }, token))["createConsortium"]!["id"]!;
}
