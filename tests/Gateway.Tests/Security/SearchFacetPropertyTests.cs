using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Gateway.Tests.Search;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// Search's hits, totalCount and facets, with and without each filter, for every kind of caller, equal what the caller
/// gets by reading each hit through GraphQL and counting by hand: a hit the caller cannot read, or a county it cannot
/// see on the node (an open invitation, a PRIVATE need), never finds, counts or facets anything. A consortium lies in
/// the counties of its lead and joined members, for every caller: an invitation places it nowhere.
/// </summary>
public sealed class SearchFacetPropertyTests(SiloApp app) : IClassFixture<SiloApp>
{
    // A word no seeded case or other test uses, so the hits are this world's only.
    private const string Word = "zyxolitt";
    private const string Lead = "5001", Member = "5006", Invited = "1833", NeedOwner = "4601", Outsider = "3301";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static SiloApp? _builtOn;

    public static TheoryData<string> Callers() => new() { "anonymous", "supplier", "lead", "member", "invited", "need owner", "outsider", "programme" };

    private async Task<string?> Token(string who) => who switch
    {
        "supplier" => await app.SupplierToken("974760673"),
        "lead" => await app.MunicipalityToken(Lead),
        "member" => await app.MunicipalityToken(Member),
        "invited" => await app.MunicipalityToken(Invited),
        "need owner" => await app.MunicipalityToken(NeedOwner),
        "outsider" => await app.MunicipalityToken(Outsider),
        "programme" => await app.ProgrammeToken(),
        _ => null,
    };

    private async Task WorldAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_builtOn == app) return;
            var lead = await app.MunicipalityToken(Lead);
            var member = await app.MunicipalityToken(Member);
            // An announced consortium (suppliers and anonymous find it) with an open invitation to a Nordland municipality.
            var need = await app.Publish(lead, $"Felles {Word}-behov", $"Vi trenger {Word}", "48100000-9");
            var announced = (await app.GraphQLAsync("mutation($n: ID, $t: String!) { createConsortium(input: { title: $t, description: \"d\", needId: $n }) { id } }",
                new { n = need, t = $"{Word} i Trøndelag" }, lead)).Ok()["createConsortium"]!["id"]!.GetValue<string>();
            await Invite(lead, announced, Member);
            (await app.GraphQLAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = announced }, member)).Ok();
            await Invite(lead, announced, Invited);
            await app.AdvanceAsync(announced, lead, "NEEDS_CLARIFICATION");
            await app.AnnounceAsync(lead, DialogueApi.Announcement(announced, DateTimeOffset.UtcNow, title: $"Dialogmøte om {Word}"));
            // A quiet consortium (municipalities and staff only) with an open invitation too.
            var quiet = (await app.GraphQLAsync("mutation($t: String!) { createConsortium(input: { title: $t, description: \"d\" }) { id } }",
                new { t = $"Stille {Word}" }, member)).Ok()["createConsortium"]!["id"]!.GetValue<string>();
            await Invite(member, quiet, Invited);
            // Needs of every visibility, in two counties.
            var owner = await app.MunicipalityToken(NeedOwner);
            foreach (var visibility in new[] { "PRIVATE", "MUNICIPALITIES", "PUBLIC" })
            {
                await app.Publish(owner, $"{Word} {visibility.ToLowerInvariant()}", $"{Word} for Bergen", "72000000-5", visibility);
                await app.Publish(member, $"{Word} {visibility.ToLowerInvariant()} i Trøndelag", $"{Word}", "33196200-2", visibility);
            }
            _builtOn = app;
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task Invite(string token, string consortium, string number) =>
        (await app.GraphQLAsync("mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = consortium, m = number }, token)).Ok();

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_hit_count_and_facet_equals_counting_the_visible_nodes_by_hand(string who)
    {
        await WorldAsync();
        var token = await Token(who);
        var all = await app.Search(token, Word, first: 50);
        var hits = all["hits"]!.AsArray().Select(h => (Kind: h!["kind"]!.GetValue<string>(), Id: h["id"]!.GetValue<string>())).ToList();
        Assert.False(all["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(hits.Count, all["totalCount"]!.GetValue<int>());

        // Each hit read through GraphQL as the same caller: it must be there, and gives the counties the caller sees.
        var counties = new Dictionary<string, HashSet<string>>();
        foreach (var (kind, id) in hits)
        {
            var seen = await CountiesSeen(token, kind, id);
            Assert.True(seen is not null, $"{who} finds the {kind} {id} but cannot read it.");
            counties[id] = seen;
        }

        Assert.Equal(ByHand(hits.Select(h => h.Kind)), Facet(all, "byKind"));
        Assert.Equal(ByHand(hits.SelectMany(h => counties[h.Id])), Facet(all, "byCounty"));

        foreach (var county in new[] { "18", "46", "50", "03" })
        {
            var filtered = await app.Search(token, Word, county: county, first: 50);
            var expected = hits.Where(h => counties[h.Id].Contains(county)).ToList();
            Assert.True(expected.Select(h => h.Id).Order().SequenceEqual(filtered.Ids().Order()),
                $"{who}, county {county}: expected [{string.Join(", ", expected.Select(h => h.Id))}], got [{string.Join(", ", filtered.Ids())}]");
            Assert.Equal(expected.Count, filtered["totalCount"]!.GetValue<int>());
            // Each facet counts what passes every filter but its own: byCounty stays the unfiltered one, byKind counts the county's hits.
            Assert.Equal(Facet(all, "byCounty"), Facet(filtered, "byCounty"));
            Assert.Equal(ByHand(expected.Select(h => h.Kind)), Facet(filtered, "byKind"));
        }

        // The world is seen at all: the test cannot pass by finding nothing.
        Assert.Contains(hits, h => h.Kind == "CONSORTIUM");
    }

    private async Task<HashSet<string>?> CountiesSeen(string? token, string kind, string id)
    {
        var (field, selection) = kind switch
        {
            "NEED" => ("need", "municipality { county { number } }"),
            "CONSORTIUM" => ("consortium", "lead { county { number } } members { status municipality { county { number } } }"),
            "DIALOGUE_EVENT" => ("dialogueEvent", "consortium { lead { county { number } } members { status municipality { county { number } } } }"),
            "CASE" => ("case", "municipalities { county { number } }"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind),
        };
        var node = (await app.GraphQLAsync($"query($i: ID!) {{ x: {field}(id: $i) {{ {selection} }} }}", new { i = id }, token)).Ok()["x"];
        if (node is null) return null;
        // An announced event lies where its consortium's lead and joined members were when it was announced.
        if (kind == "DIALOGUE_EVENT") node = node["consortium"]!;
        return kind switch
        {
            "NEED" => [node["municipality"]!["county"]!["number"]!.GetValue<string>()],
            // A consortium is where its lead and joined members are; an invitation, answered or not, places it nowhere.
            "CONSORTIUM" or "DIALOGUE_EVENT" => node["members"]!.AsArray().Where(m => m!["status"]!.GetValue<string>() == "JOINED")
                .Select(m => m!["municipality"]!["county"]!["number"]!.GetValue<string>())
                .Append(node["lead"]!["county"]!["number"]!.GetValue<string>()).ToHashSet(),
            "CASE" => node["municipalities"]!.AsArray().Select(m => m!["county"]!["number"]!.GetValue<string>()).ToHashSet(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind),
        };
    }

    private static Dictionary<string, int> ByHand(IEnumerable<string> values) =>
        values.GroupBy(v => Normalise(v)).ToDictionary(g => g.Key, g => g.Count());

    private static Dictionary<string, int> Facet(JsonNode search, string facet) =>
        search["facets"]![facet]!.AsArray().ToDictionary(f => Normalise(f!["value"]!.GetValue<string>()), f => f!["count"]!.GetValue<int>());

    // Facet values name kinds as the index does (Need, DialogueEvent); hits name them as the schema's enum does.
    private static string Normalise(string value) => value.Replace("_", "").ToUpperInvariant();
}
