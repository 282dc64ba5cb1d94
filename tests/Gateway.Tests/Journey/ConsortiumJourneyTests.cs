using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Journey;

/// <summary>
/// The whole journey of issue 2 through HTTP and real SignalR clients: three municipalities publish needs, the
/// similar one ranks first, a consortium forms, the invited municipality sees its invitation live, the lead sees the
/// join live, the value aggregates into the right threshold regime, the phases advance to COMPETITION once every
/// mandate is recorded, and membership is then frozen.
/// </summary>
public sealed class ConsortiumJourneyTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Bodo = "1804";
    private const string Narvik = "1806";
    private const string Alstahaug = "1820";

    [Fact]
    public async Task Three_municipalities_find_each_other_and_form_a_consortium_that_reaches_the_competition_live()
    {
        var bodo = await app.MunicipalityToken(Bodo);
        var narvik = await app.MunicipalityToken(Narvik);
        var alstahaug = await app.MunicipalityToken(Alstahaug);

        await using var bodoLive = await app.ConnectLiveAsync(bodo);
        await using var narvikLive = await app.ConnectLiveAsync(narvik);
        var bodoEvents = new LiveRecorder(bodoLive);
        var narvikEvents = new LiveRecorder(narvikLive);
        await LiveRecorder.Subscribe(bodoLive, $"municipality/{Bodo}");
        await LiveRecorder.Subscribe(narvikLive, $"municipality/{Narvik}");

        // Three needs: Narvik's is like Bodø's (same CPV code, overlapping year); Alstahaug's shares only the CPV division.
        var bodoNeed = await Publish(bodo, "Digitalt tilsyn i hjemmetjenesten", "Sensorer og varsling for hjemmeboende", "33196200-2", 900_000, "2027-01-01", "2027-12-31");
        var narvikNeed = await Publish(narvik, "Trygghetsteknologi i hjemmetjenesten", "Varsling og sensorer for hjemmeboende", "33196200-2", 1_600_000, "2027-03-01", "2027-12-31");
        var alstahaugNeed = await Publish(alstahaug, "Medisinsk utstyr til legevakt", "Utstyr", "33100000-1", 300_000, "2029-01-01", "2029-06-30");

        await app.Settled();
        var matches = (await Gql(bodo, "query($n: ID!) { similarNeeds(needId: $n) { score reasons need { id municipality { number } } } }", new { n = bodoNeed }))["similarNeeds"]!.AsArray();
        var first = matches[0]!;
        Assert.Equal(narvikNeed, first["need"]!["id"]!.GetValue<string>());
        Assert.Contains("CPV_OVERLAP", Strings(first["reasons"]));
        Assert.Contains("TIMELINE_OVERLAP", Strings(first["reasons"]));
        Assert.All(matches.Skip(1), m => Assert.True(m!["score"]!.GetValue<double>() < first["score"]!.GetValue<double>()));
        Assert.DoesNotContain(matches, m => m!["need"]!["id"]!.GetValue<string>() == bodoNeed);
        Assert.Contains(matches, m => m!["need"]!["id"]!.GetValue<string>() == alstahaugNeed);

        // Bodø forms the consortium around its need: one member, 0.9 MNOK, below the national threshold.
        var created = (await Gql(bodo, "mutation($n: ID) { createConsortium(input: { title: \"Trygghet i nord\", description: \"Felles anskaffelse\", needId: $n }) { id phase thresholdRegime combinedEstimatedValueNok lead { number } } }",
            new { n = bodoNeed }))["createConsortium"]!;
        var id = created["id"]!.GetValue<string>();
        Assert.Equal(("FORMING", "BELOW_NATIONAL", 900_000L, Bodo),
            (created["phase"]!.GetValue<string>(), created["thresholdRegime"]!.GetValue<string>(), created["combinedEstimatedValueNok"]!.GetValue<long>(), created["lead"]!["number"]!.GetValue<string>()));
        await bodoEvents.WaitFor(e => e.Type == "ConsortiumCreated" && e.Data.GetProperty("consortiumId").GetString() == id);
        var consortiumTopic = $"consortium/{id}";
        var leadStart = (await LiveRecorder.Subscribe(bodoLive, consortiumTopic)).Sequence;

        // The invitation reaches Narvik live, and its own invitations list.
        await Gql(bodo, "mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1806\", message: \"Bli med?\") { id } }", new { c = id });
        var invited = await narvikEvents.WaitFor(e => e.Type == "MemberInvited");
        Assert.Equal(($"municipality/{Narvik}", id, Narvik),
            (invited.Topic, invited.Data.GetProperty("consortiumId").GetString(), invited.Data.GetProperty("municipality").GetString()));
        var invitation = Assert.Single((await Gql(narvik, "{ municipality(number: \"1806\") { invitations { consortium { id title } invitedBy { number } message } } }"))["municipality"]!["invitations"]!.AsArray())!;
        Assert.Equal((id, Bodo, "Bli med?"), (invitation["consortium"]!["id"]!.GetValue<string>(), invitation["invitedBy"]!["number"]!.GetValue<string>(), invitation["message"]!.GetValue<string>()));

        // Narvik joins; Bodø sees it live on the consortium topic.
        await LiveRecorder.Subscribe(narvikLive, consortiumTopic);
        await Gql(narvik, "mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = id });
        var joined = await bodoEvents.WaitFor(e => e.Type == "MemberJoined" && e.Topic == consortiumTopic);
        Assert.Equal(Narvik, joined.Data.GetProperty("municipality").GetString());

        // Narvik pools its need: 0.9 + 1.6 = 2.5 MNOK of goods, above the EEA threshold together.
        var pooled = (await Gql(narvik, "mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { combinedEstimatedValueNok thresholdRegime pooledNeeds { id } } }", new { c = id, n = narvikNeed }))["poolNeed"]!;
        Assert.Equal((2_500_000L, "EEA"), (pooled["combinedEstimatedValueNok"]!.GetValue<long>(), pooled["thresholdRegime"]!.GetValue<string>()));
        Assert.Equal(2, pooled["pooledNeeds"]!.AsArray().Count);
        var needPooled = await bodoEvents.WaitFor(e => e.Type == "NeedPooled" && e.Topic == consortiumTopic);
        Assert.Equal(2_500_000, needPooled.Data.GetProperty("combinedEstimatedValueNok").GetInt64());

        // The phases, one at a time; the competition waits for Narvik's mandate.
        await Advance(bodo, id, "NEEDS_CLARIFICATION");
        await Advance(bodo, id, "MARKET_DIALOGUE");
        var early = await app.GraphQLAsync("mutation($c: ID!) { advancePhase(consortiumId: $c, to: COMPETITION) { phase } }", new { c = id }, bodo);
        Assert.Equal(("RULE_VIOLATION", "AUTHORIZATION_REQUIRED"), (early.ErrorCode, early.ErrorRule));
        await Gql(narvik, "mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Bystyrevedtak 2027/14\") { id } }", new { c = id });
        var competition = (await Gql(bodo, "mutation($c: ID!) { advancePhase(consortiumId: $c, to: COMPETITION) { phase membershipFrozen members { municipality { number } status authorizationReference } } }",
            new { c = id }))["advancePhase"]!;
        Assert.Equal("COMPETITION", competition["phase"]!.GetValue<string>());
        Assert.True(competition["membershipFrozen"]!.GetValue<bool>());
        var phaseChanged = await narvikEvents.WaitFor(e => e.Type == "PhaseChanged" && e.Data.GetProperty("to").GetString() == "COMPETITION");
        Assert.Equal("MARKET_DIALOGUE", phaseChanged.Data.GetProperty("from").GetString());

        // Membership is frozen now: nobody else comes in, nobody leaves.
        var lateInvite = await app.GraphQLAsync("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1820\") { id } }", new { c = id }, bodo);
        Assert.Equal(("RULE_VIOLATION", "MEMBERSHIP_FROZEN"), (lateInvite.ErrorCode, lateInvite.ErrorRule));
        var leave = await app.GraphQLAsync("mutation($c: ID!) { leaveConsortium(consortiumId: $c) { id } }", new { c = id }, narvik);
        Assert.Equal(("RULE_VIOLATION", "MEMBERSHIP_FROZEN"), (leave.ErrorCode, leave.ErrorRule));

        // The lead saw every consortium event of the journey, in order, without a gap, and the timeline (oldest first) tells the same story.
        await bodoEvents.WaitFor(e => e.Type == "PhaseChanged" && e.Data.GetProperty("to").GetString() == "COMPETITION");
        var leadSaw = bodoEvents.Events.Where(e => e.Topic == consortiumTopic).ToList();
        Assert.Equal(Enumerable.Range(1, leadSaw.Count).Select(i => leadStart + i), leadSaw.Select(e => e.Sequence));
        Assert.Equal(["MemberInvited", "MemberJoined", "NeedPooled", "PhaseChanged", "PhaseChanged", "AuthorizationRecorded", "PhaseChanged"],
            leadSaw.Select(e => e.Type));
        var timeline = Strings((await Gql(bodo, "query($c: ID!) { consortium(id: $c) { timeline(first: 50) { type } } }", new { c = id }))["consortium"]!["timeline"], "type");
        Assert.Equal(["ConsortiumCreated", "NeedPooled", "MemberInvited", "MemberJoined", "NeedPooled", "PhaseChanged", "PhaseChanged", "AuthorizationRecorded", "PhaseChanged"],
            timeline);
    }

    private async Task<JsonNode> Gql(string token, string query, object? variables = null) =>
        (await app.GraphQLAsync(query, variables, token)).Ok();

    private async Task<string> Publish(string token, string title, string description, string cpv, long value, string from, string to) =>
        (await Gql(token, "mutation($t: String!, $d: String!, $cpv: String!, $v: Long, $f: Date, $to: Date) { publishNeed(input: { title: $t, description: $d, cpv: [$cpv], category: GOODS, estimatedValueNok: $v, neededFrom: $f, neededTo: $to }) { id } }",
            new { t = title, d = description, cpv, v = value, f = from, to }))["publishNeed"]!["id"]!.GetValue<string>();

    private async Task Advance(string token, string id, string phase) =>
        Assert.Equal(phase, (await Gql(token, "mutation($c: ID!, $p: ConsortiumPhase!) { advancePhase(consortiumId: $c, to: $p) { phase } }", new { c = id, p = phase }))["advancePhase"]!["phase"]!.GetValue<string>());

    private static List<string> Strings(JsonNode? list, string? field = null) =>
        list!.AsArray().Select(n => (field is null ? n! : n![field]!).GetValue<string>()).ToList();
}
