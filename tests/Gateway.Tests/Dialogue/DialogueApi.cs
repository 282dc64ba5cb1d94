using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>The real silo with a clock tests can move forward (to pass a registration deadline without waiting).</summary>
public sealed class ClockedSiloApp : SiloApp
{
    public ShiftedClock Clock { get; } = new();

    public ClockedSiloApp() => ConfigureTestServices = services => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>Real time plus an offset that only grows; tokens live for hours, so small shifts keep them valid.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>Valid organisation numbers (modulus-11), each once per test run.</summary>
public static class OrgNumbers
{
    private static int _next = 92_000_000;

    public static string Next()
    {
        while (true)
        {
            var candidate = Interlocked.Increment(ref _next).ToString("D8");
            for (var check = 0; check <= 9; check++)
                if (Identifiers.IsValidOrganisationNumber(candidate + check)) return candidate + check;
        }
    }
}

/// <summary>The market dialogue through GraphQL, as each party does it.</summary>
public static class DialogueApi
{
    /// <summary>A consortium of <paramref name="lead"/> and <paramref name="member"/> with a need on <paramref name="cpv"/>, in MARKET_DIALOGUE.</summary>
    public static async Task<(string Id, string LeadToken, string MemberToken)> ConsortiumInDialogueAsync(this SiloApp app, string lead, string member,
        string cpv = "48100000-9", bool toMarketDialogue = true)
    {
        var leadToken = await app.MunicipalityToken(lead);
        var memberToken = await app.MunicipalityToken(member);
        var need = (await app.GraphQLAsync("mutation($c: String!) { publishNeed(input: { title: \"Felles behov\", description: \"d\", cpv: [$c], category: SERVICES, estimatedValueNok: 900000, openToCollaboration: false }) { id } }",
            new { c = cpv }, leadToken)).Ok()["publishNeed"]!["id"]!.GetValue<string>();
        var id = (await app.GraphQLAsync("mutation($n: ID) { createConsortium(input: { title: \"Felles anskaffelse\", description: \"d\", needId: $n }) { id } }",
            new { n = need }, leadToken)).Ok()["createConsortium"]!["id"]!.GetValue<string>();
        (await app.GraphQLAsync("mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = id, m = member }, leadToken)).Ok();
        (await app.GraphQLAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = id }, memberToken)).Ok();
        await app.AdvanceAsync(id, leadToken, "NEEDS_CLARIFICATION");
        if (toMarketDialogue) await app.AdvanceAsync(id, leadToken, "MARKET_DIALOGUE");
        return (id, leadToken, memberToken);
    }

    public static async Task AdvanceAsync(this SiloApp app, string id, string leadToken, string phase) =>
        (await app.GraphQLAsync("mutation($c: ID!, $p: ConsortiumPhase!) { advancePhase(consortiumId: $c, to: $p) { phase } }", new { c = id, p = phase }, leadToken)).Ok();

    public const string AnnounceMutation = """
        mutation($i: AnnounceDialogueEventInput!) { announceDialogueEvent(input: $i) {
          id title kind status startsAt endsAt location registrationDeadline capacity registrationCount attendeeCount icsUrl consortium { id } } }
        """;

    public static Dictionary<string, object?> Announcement(string consortiumId, DateTimeOffset now, TimeSpan? deadlineIn = null, int? capacity = null,
        string title = "Dialogkonferanse om trygghetsteknologi")
    {
        var deadline = now + (deadlineIn ?? TimeSpan.FromDays(10));
        return new()
        {
            ["consortiumId"] = consortiumId, ["title"] = title, ["description"] = "Vi vil høre fra markedet", ["kind"] = "CONFERENCE",
            ["startsAt"] = Iso(deadline.AddHours(2)), ["endsAt"] = Iso(deadline.AddHours(6)), ["location"] = "Bodø rådhus, Kongens gate 1",
            ["registrationDeadline"] = Iso(deadline), ["capacity"] = capacity,
        };
    }

    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

    public static async Task<JsonNode> AnnounceAsync(this SiloApp app, string leadToken, Dictionary<string, object?> input) =>
        (await app.GraphQLAsync(AnnounceMutation, new { i = input }, leadToken)).Ok()["announceDialogueEvent"]!;

    /// <summary>A registered supplier following what is given; returns its token.</summary>
    public static async Task<string> SupplierAsync(this SiloApp app, string org, params (string Kind, string Value)[] follows)
    {
        var token = await app.SupplierToken(org);
        (await app.GraphQLAsync("mutation($n: String!) { registerSupplier(input: { name: $n }) { orgNumber } }", new { n = $"Leverandør {org} AS" }, token)).Ok();
        foreach (var (kind, value) in follows)
            (await app.GraphQLAsync("mutation($k: FollowKind!, $v: String!) { follow(input: { kind: $k, value: $v }) { orgNumber } }", new { k = kind, v = value }, token)).Ok();
        return token;
    }

    public static Task<GraphQLResponse> RegisterAsync(this SiloApp app, string token, string eventId, int attendees = 1) =>
        app.GraphQLAsync("mutation($e: ID!, $a: Int) { registerForDialogueEvent(eventId: $e, attendees: $a) { attendees cancelled event { registrationCount attendeeCount } supplier { orgNumber } } }",
            new { e = eventId, a = attendees }, token);

    public static Task<GraphQLResponse> AskAsync(this SiloApp app, string token, string consortiumId, string text = "Hvilke standarder gjelder for alarmene?") =>
        app.GraphQLAsync("mutation($c: ID!, $t: String!) { askQuestion(consortiumId: $c, text: $t) { id text askedBy { orgNumber } answer } }", new { c = consortiumId, t = text }, token);

    public static Task<GraphQLResponse> AnswerAsync(this SiloApp app, string leadToken, string questionId, string answer = "EN 50134 gjelder.") =>
        app.GraphQLAsync("mutation($q: ID!, $a: String!) { answerQuestion(questionId: $q, answer: $a) { id answer answeredAt askedBy { orgNumber } } }", new { q = questionId, a = answer }, leadToken);
}
