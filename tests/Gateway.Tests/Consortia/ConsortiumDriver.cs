using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Consortia;

/// <summary>Drives needs and consortia through GraphQL as named municipalities, and reads back everything a refusal could touch.</summary>
public sealed class ConsortiumDriver(SiloApp app)
{
    private readonly Dictionary<string, string> _tokens = new();

    public SiloApp App => app;

    public async Task<string> Token(string municipality) =>
        _tokens.TryGetValue(municipality, out var token) ? token : _tokens[municipality] = await app.MunicipalityToken(municipality);

    public Task<GraphQLResponse> As(string municipality, string query, object? variables = null) =>
        Token(municipality).ContinueWith(t => app.GraphQLAsync(query, variables, t.Result)).Unwrap();

    public async Task<string> PublishNeed(string municipality, long value, string category = "GOODS", string cpv = "33196200-2", string title = "Trygghetsteknologi") =>
        (await As(municipality, "mutation($t: String!, $v: Long, $c: ProcurementCategory!, $cpv: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [$cpv], category: $c, estimatedValueNok: $v }) { id } }",
            new { t = title, v = value, c = category, cpv })).Ok()["publishNeed"]!["id"]!.GetValue<string>();

    public async Task<string> Create(string lead, string? needId = null) =>
        (await As(lead, "mutation($n: ID) { createConsortium(input: { title: \"Felles innkjøp\", description: \"d\", needId: $n }) { id } }", new { n = needId }))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();

    public Task<GraphQLResponse> Invite(string actor, string consortium, string invited) =>
        As(actor, "mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = consortium, m = invited });

    public Task<GraphQLResponse> Respond(string actor, string consortium, bool accept = true) =>
        As(actor, "mutation($c: ID!, $a: Boolean!) { respondToInvitation(consortiumId: $c, accept: $a) { id } }", new { c = consortium, a = accept });

    public Task<GraphQLResponse> Leave(string actor, string consortium) =>
        As(actor, "mutation($c: ID!) { leaveConsortium(consortiumId: $c) { id } }", new { c = consortium });

    public Task<GraphQLResponse> Pool(string actor, string consortium, string needId) =>
        As(actor, "mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id combinedEstimatedValueNok thresholdRegime } }", new { c = consortium, n = needId });

    public Task<GraphQLResponse> Authorize(string actor, string consortium, string reference = "Kommunestyrevedtak 2027/1") =>
        As(actor, "mutation($c: ID!, $r: String!) { recordAuthorization(consortiumId: $c, reference: $r) { id } }", new { c = consortium, r = reference });

    public Task<GraphQLResponse> Advance(string actor, string consortium, string to) =>
        As(actor, "mutation($c: ID!, $p: ConsortiumPhase!) { advancePhase(consortiumId: $c, to: $p) { id phase } }", new { c = consortium, p = to });

    /// <summary>Invites and has the invited accept.</summary>
    public async Task Join(string lead, string consortium, string member)
    {
        (await Invite(lead, consortium, member)).Ok();
        (await Respond(member, consortium)).Ok();
    }

    /// <summary>A consortium of <paramref name="lead"/> and joined <paramref name="members"/>, each with one pooled need.</summary>
    public async Task<string> Formed(string lead, params string[] members)
    {
        var consortium = await Create(lead, await PublishNeed(lead, 400_000));
        foreach (var member in members)
        {
            await Join(lead, consortium, member);
            (await Pool(member, consortium, await PublishNeed(member, 300_000))).Ok();
        }
        return consortium;
    }

    /// <summary>Moves the consortium forward phase by phase until it is in <paramref name="target"/>.</summary>
    public async Task AdvanceTo(string lead, string consortium, params string[] phases)
    {
        foreach (var phase in phases) (await Advance(lead, consortium, phase)).Ok();
    }

    public async Task<JsonNode> Read(string actor, string consortium) =>
        (await As(actor, "query($c: ID!) { consortium(id: $c) { phase membershipFrozen thresholdRegime combinedEstimatedValueNok members { municipality { number } role status } pooledNeeds { id } } }",
            new { c = consortium })).Ok()["consortium"]!;

    /// <summary>
    /// Everything a consortium action could change, as each municipality sees it: the consortium in full (as its lead)
    /// and each municipality's needs, invitations and memberships.
    /// </summary>
    public async Task<string> Snapshot(string lead, string consortium, params string[] municipalities)
    {
        var parts = new List<string>
        {
            (await As(lead, """
                query($c: ID!) { consortium(id: $c) { phase title membershipFrozen thresholdRegime combinedEstimatedValueNok combinedPopulation
                  members { municipality { number } role status authorizationReference joinedAt }
                  pooledNeeds { id stage } cpv { code } timeline(first: 500) { at type summary actor } } }
                """, new { c = consortium })).Ok().ToJsonString(),
        };
        foreach (var m in municipalities.Prepend(lead).Distinct())
        {
            parts.Add((await As(m, """
                query($m: ID!) { municipality(number: $m) {
                  needs(includeWithdrawn: true) { id title stage estimatedValueNok updatedAt consortium { id } }
                  invitations { consortium { id } message } consortia { id phase } } }
                """, new { m })).Ok().ToJsonString());
        }
        return string.Join("\n", parts);
    }
}
