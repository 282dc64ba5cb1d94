using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Live;

/// <summary>
/// Every kind of caller subscribes to every topic before a scenario that raises every event type, then replays every
/// topic from the start; each event it is given, pushed or replayed, must be something the same caller can read
/// through GraphQL: every need, consortium, dialogue event, question and registration it names, and for a
/// consortium's internal events the consortium's timeline (members and staff), or else one of the public types.
/// Programme staff's GraphQL <c>activity</c> feed is checked as one more replay of the programme topic.
/// </summary>
public sealed class LiveVisibilityPropertyTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Lead = "1804", Member = "1806", Invited = "1833", Decliner = "5001", Leaver = "1865", Outsider = "4601";
    private const string Cpv = "48100000-9";
    private static readonly string[] PublicConsortiumTypes = ["PhaseChanged", "DialogueEventAnnounced", "DialogueEventCancelled", "AnswerPublished"];

    private static readonly string[] EveryType =
    [
        "NeedPublished", "NeedUpdated", "NeedWithdrawn", "PartnerSuggested", "ConsortiumCreated", "MemberInvited", "MemberJoined",
        "MemberDeclined", "MemberLeft", "NeedPooled", "AuthorizationRecorded", "PhaseChanged", "InvitationLapsed", "DialogueEventAnnounced",
        "DialogueEventCancelled", "SupplierRegistered", "QuestionAsked", "AnswerPublished", "ProcurementStatisticsReported", "CapabilityAssessed",
    ];

    private sealed record Received(string Caller, string Topic, LiveEventMessage Event, string How);

    // Needs made PRIVATE during the scenario: pushed while they were visible, so only replays are held to their present visibility.
    private readonly HashSet<string> _narrowed = [];

    [Fact]
    public async Task Every_event_pushed_or_replayed_to_any_caller_is_visible_to_that_caller_through_graphql()
    {
        var supplier = OrgNumbers.Next();
        var other = OrgNumbers.Next();
        // Phase 1: a consortium in market dialogue with an announced event, so that every topic exists.
        var (consortium, lead, member) = await app.ConsortiumInDialogueAsync(Lead, Member, Cpv);
        var supplierToken = await app.SupplierAsync(supplier, ("CPV", Cpv));
        var otherToken = await app.SupplierAsync(other);
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(consortium, DateTimeOffset.UtcNow)))["id"]!.GetValue<string>();

        var callers = new Dictionary<string, string?>
        {
            ["anonymous"] = null, ["supplier"] = supplierToken, ["other supplier"] = otherToken, ["programme"] = await app.ProgrammeToken(),
            ["lead"] = lead, ["member"] = member, ["invited"] = await app.MunicipalityToken(Invited), ["decliner"] = await app.MunicipalityToken(Decliner),
            ["leaver"] = await app.MunicipalityToken(Leaver), ["outsider"] = await app.MunicipalityToken(Outsider),
        };
        var topics = new[] { Lead, Member, Invited, Decliner, Outsider }.Select(n => $"municipality/{n}")
            .Concat([$"consortium/{consortium}", $"supplier/{supplier}", $"supplier/{other}", $"dialogue/{eventId}", "programme"]).ToList();

        var received = new ConcurrentBag<Received>();
        var connections = new List<HubConnection>();
        try
        {
            foreach (var (name, token) in callers)
            {
                var live = await app.ConnectLiveAsync(token);
                connections.Add(live);
                live.On<LiveEventMessage>("event", e => received.Add(new Received(name, e.Topic, e, "push")));
                foreach (var topic in topics) await TrySubscribe(live, topic, null);
            }

            // Phase 2: every event type, with needs of every visibility.
            await Scenario(consortium, eventId, lead, member, supplierToken, callers);
            // Pushes are asynchronous: the last events of the scenario are on their way.
            await WaitUntil(() => received.Any(r => r.Caller == "lead" && r.Event.Type == "CapabilityAssessed"));
            await WaitUntil(() => received.Any(r => r.Caller == "programme" && r.Event.Type == "CapabilityAssessed" && r.Topic == $"municipality/{Lead}"));

            // Replay of everything retained, on a fresh connection per caller.
            foreach (var (name, token) in callers)
            {
                await using var live = await app.ConnectLiveAsync(token);
                foreach (var topic in topics)
                    if (await TrySubscribe(live, topic, 0) is { } result)
                        foreach (var e in result.Missed) received.Add(new Received(name, topic, e, "replay"));
            }
        }
        finally
        {
            foreach (var c in connections) await c.DisposeAsync();
        }

        // The programme's activity feed is the programme topic's whole history: held to the same rule as a replay.
        var activity = (await app.GraphQLAsync("{ activity(first: 200) { nodes { type at data } totalCount } }", token: callers["programme"])).Ok()["activity"]!;
        var items = activity["nodes"]!.AsArray();
        Assert.Equal(items.Count, activity["totalCount"]!.GetValue<int>());
        foreach (var item in items)
            received.Add(new Received("programme", "programme", new LiveEventMessage("programme", 0, item!["type"]!.GetValue<string>(),
                DateTimeOffset.Parse(item["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                JsonDocument.Parse(item["data"]!.GetValue<string>()).RootElement.Clone()), "activity"));

        var oracle = new GraphQLOracle(app, callers);
        var leaks = new List<string>();
        foreach (var r in received.OrderBy(r => r.Caller).ThenBy(r => r.Topic).ThenBy(r => r.Event.Sequence))
            if (!(r.How == "push" && NamesNarrowed(r.Event)) && await oracle.Why(r.Caller, r.Topic, r.Event) is { } why)
                leaks.Add($"{r.How} to {r.Caller} on {r.Topic} #{r.Event.Sequence} {r.Event.Type}: {why}");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct()));

        // The test saw every type and every kind of caller, so it cannot pass by hearing nothing.
        Assert.Empty(EveryType.Except(received.Select(r => r.Event.Type)));
        Assert.Empty(callers.Keys.Except(received.Select(r => r.Caller)));
        Assert.Contains(received, r => r.Caller == "programme" && r.Topic == $"municipality/{Lead}" && r.Event.Type == "NeedPublished" && r.How == "replay");
        // The need made PRIVATE reached staff while it was visible, and is in no replay to them since.
        Assert.Contains(received, r => r.Caller == "programme" && r.How == "push" && NamesNarrowed(r.Event));
        Assert.DoesNotContain(received, r => r.Caller != "lead" && (r.How is "replay" or "activity") && NamesNarrowed(r.Event));
        Assert.Contains(received, r => r.How == "activity" && r.Event.Type == "NeedPublished");
        Assert.Contains(received, r => r.Caller == "lead" && r.Topic == $"municipality/{Lead}" && r.Event.Type == "NeedPublished" && r.How == "push"
            && r.Event.Data.GetProperty("title").GetString() == "Privat behov");
    }

    private bool NamesNarrowed(LiveEventMessage e) =>
        new[] { "needId", "matchedNeedId" }.Any(f => e.Data.ValueKind == JsonValueKind.Object && e.Data.TryGetProperty(f, out var v)
            && v.ValueKind == JsonValueKind.String && _narrowed.Contains(v.GetString()!));

    private async Task Scenario(string consortium, string eventId, string lead, string member, string supplierToken, Dictionary<string, string?> callers)
    {
        async Task<JsonNode> Gql(string token, string query, object? variables = null) => (await app.GraphQLAsync(query, variables, token)).Ok();
        async Task<string> Publish(string token, string visibility, string title) =>
            (await Gql(token, "mutation($v: Visibility, $t: String!, $c: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [$c], category: SERVICES, estimatedValueNok: 500000, visibility: $v, neededFrom: \"2027-01-01\", neededTo: \"2027-12-31\" }) { id } }",
                new { v = visibility, t = title, c = Cpv }))["publishNeed"]!["id"]!.GetValue<string>();

        var memberPublic = await Publish(member, "PUBLIC", "Offentlig behov i Narvik");
        await Publish(member, "PRIVATE", "Privat behov i Narvik");
        var leadPrivate = await Publish(lead, "PRIVATE", "Privat behov");
        var leadShared = await Publish(lead, "MUNICIPALITIES", "Kommunalt behov");
        await Publish(lead, "PUBLIC", "Offentlig behov");
        await Gql(lead, "mutation($i: ID!) { updateNeed(input: { id: $i, title: \"Privat behov, endret\" }) { id } }", new { i = leadPrivate });
        await Gql(lead, "mutation($i: ID!) { withdrawNeed(id: $i) { id } }", new { i = leadShared });
        // Visible to staff and other municipalities when published, PRIVATE since: no replay may show it to them.
        var madePrivate = await Publish(lead, "MUNICIPALITIES", "Behov som ble privat");
        _narrowed.Add(madePrivate);
        await Gql(lead, "mutation($i: ID!) { updateNeed(input: { id: $i, visibility: PRIVATE }) { id } }", new { i = madePrivate });
        await Gql(lead, "mutation($i: ID!) { withdrawNeed(id: $i) { id } }", new { i = leadPrivate });

        await Gql(lead, "mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = consortium, m = Decliner });
        await Gql(callers["decliner"]!, "mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: false) { id } }", new { c = consortium });
        await Gql(lead, "mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = consortium, m = Leaver });
        await Gql(callers["leaver"]!, "mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = consortium });
        await Gql(callers["leaver"]!, "mutation($c: ID!) { leaveConsortium(consortiumId: $c) { id } }", new { c = consortium });
        await Gql(lead, "mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = consortium, m = Invited });
        await Gql(member, "mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id } }", new { c = consortium, n = memberPublic });

        var question = (await app.AskAsync(supplierToken, consortium)).Ok()["askQuestion"]!["id"]!.GetValue<string>();
        (await app.AnswerAsync(lead, question)).Ok();
        (await app.RegisterAsync(supplierToken, eventId)).Ok();
        var second = (await app.AnnounceAsync(lead, DialogueApi.Announcement(consortium, DateTimeOffset.UtcNow, title: "Dialogmøte to")))["id"]!.GetValue<string>();
        await Gql(lead, "mutation($e: ID!) { cancelDialogueEvent(id: $e, reason: \"Flyttet\") { id } }", new { e = second });

        foreach (var token in new[] { lead, member })
            await Gql(token, "mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Vedtak 2027/1\") { id } }", new { c = consortium });
        await app.AdvanceAsync(consortium, lead, "COMPETITION"); // the open invitation lapses

        await Gql(lead, "mutation { reportProcurementStatistics(year: 2025, total: 40, innovative: 4) { number } }");
        await Gql(lead, "mutation { submitCapabilityAssessment(input: { scores: [" + string.Join(", ",
            new[] { "LEADERSHIP_ANCHORING", "STRATEGY", "COMPETENCE", "INTERNAL_COLLABORATION", "SUPPLIER_DIALOGUE", "INTERMUNICIPAL_COLLABORATION", "BENEFIT_REALISATION" }
                .Select(d => $"{{ dimension: {d}, score: 3 }}")) + "] }) { average } }");
    }

    private static async Task<SubscribeResultMessage?> TrySubscribe(HubConnection live, string topic, long? after)
    {
        try
        {
            return await LiveRecorder.Subscribe(live, topic, after);
        }
        catch (HubException ex) when (ex.Message.StartsWith("FORBIDDEN", StringComparison.Ordinal) || ex.Message.StartsWith("NOT_FOUND", StringComparison.Ordinal))
        {
            return null;
        }
    }

    private static Task WaitUntil(Func<bool> condition) =>
        Wait.Until(condition, TimeSpan.FromSeconds(60), "The scenario's last events did not arrive.", TimeSpan.FromMilliseconds(100));

    /// <summary>What each caller can read through GraphQL, asked once per thing.</summary>
    private sealed class GraphQLOracle(SiloApp app, Dictionary<string, string?> callers)
    {
        private readonly Dictionary<(string, string, string), JsonNode?> _reads = new();

        public async Task<string?> Why(string caller, string topic, LiveEventMessage e)
        {
            var data = e.Data;
            foreach (var field in new[] { "needId", "matchedNeedId" })
                if (Text(data, field) is { } needId && await Read(caller, "need", needId) is null)
                    return $"{field} {needId} is not visible";
            if (Text(data, "consortiumId") is { } consortiumId)
            {
                var consortium = await Read(caller, "consortium", consortiumId);
                if (consortium is null) return $"consortium {consortiumId} is not visible";
                var timeline = consortium["timeline"]!.AsArray().Select(t => t!["type"]!.GetValue<string>()).ToHashSet();
                if (topic.StartsWith("consortium/", StringComparison.Ordinal) && e.Data.TryGetProperty("registrationCount", out _) is false
                    && !timeline.Contains(e.Type) && !PublicConsortiumTypes.Contains(e.Type))
                    return $"a {e.Type} is not in the consortium's timeline the caller sees, and not a public type";
                if (Text(data, "questionId") is { } questionId
                    && !consortium["questions"]!.AsArray().Any(q => q!["id"]!.GetValue<string>() == questionId))
                    return $"question {questionId} is not visible";
            }
            if (Text(data, "eventId") is { } eventId)
            {
                var dialogueEvent = await Read(caller, "dialogueEvent", eventId);
                if (dialogueEvent is null) return $"dialogue event {eventId} is not visible";
                if (Text(data, "supplier") is { } org && topic.StartsWith("consortium/", StringComparison.Ordinal)
                    && !dialogueEvent["registrations"]!.AsArray().Any(r => r!["supplier"]!["orgNumber"]!.GetValue<string>() == org))
                    return $"the registration of {org} is not visible";
            }
            return null;
        }

        private static string? Text(JsonElement data, string field) =>
            data.ValueKind == JsonValueKind.Object && data.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private async Task<JsonNode?> Read(string caller, string field, string id)
        {
            if (_reads.TryGetValue((caller, field, id), out var known)) return known;
            var selection = field switch
            {
                "consortium" => "id timeline(first: 1000) { type } questions { id }",
                "dialogueEvent" => "id registrations { supplier { orgNumber } }",
                _ => "id title",
            };
            var data = (await app.GraphQLAsync($"query($i: ID!) {{ x: {field}(id: $i) {{ {selection} }} }}", new { i = id }, callers[caller])).Ok();
            var node = data["x"];
            _reads[(caller, field, id)] = node;
            return node;
        }
    }
}
