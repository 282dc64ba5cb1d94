using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>Every argument of every mutation is validated: VALIDATION_FAILED naming the field, nothing written.</summary>
public sealed class ValidationTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    private static readonly string Long201 = new('x', 201);

    public static TheoryData<string, string, object, string> Cases() => new()
    {
        { "publishNeed: title too short", Publish, new { i = NeedInput(title: "ab") }, "title" },
        { "publishNeed: title too long", Publish, new { i = NeedInput(title: Long201) }, "title" },
        { "publishNeed: title with control characters", Publish, new { i = NeedInput(title: "Bad\u0007title") }, "title" },
        { "publishNeed: description too long", Publish, new { i = NeedInput(description: new string('d', 10_001)) }, "description" },
        { "publishNeed: no CPV code", Publish, new { i = NeedInput(cpv: []) }, "cpv" },
        { "publishNeed: CPV with a wrong check digit", Publish, new { i = NeedInput(cpv: ["72000000-4"]) }, "cpv" },
        { "publishNeed: CPV that does not exist", Publish, new { i = NeedInput(cpv: ["12345678-9"]) }, "cpv" },
        { "publishNeed: too many CPV codes", Publish, new { i = NeedInput(cpv: Enumerable.Repeat("72000000-5", 21).ToArray()) }, "cpv" },
        { "publishNeed: negative value", Publish, new { i = NeedInput(value: -1) }, "estimatedValueNok" },
        { "publishNeed: window ends before it starts", Publish, new { i = NeedInput(from: "2027-06-01", to: "2027-05-01") }, "neededTo" },
        { "publishNeed: date out of range", Publish, new { i = NeedInput(from: "1999-01-01") }, "neededFrom" },
        { "publishNeed: not a date", Publish, new { i = NeedInput(from: "1. mars") }, "neededFrom" },
        { "publishNeed: unknown category", Publish, new { i = NeedInput(category: "FOOD") }, "category" },
        { "publishNeed: unknown visibility", Publish, new { i = NeedInput(visibility: "SECRET") }, "visibility" },
        { "updateNeed: title too short", "mutation($n: ID!) { updateNeed(input: { id: $n, title: \"x\" }) { id } }", new { }, "title" },
        { "updateNeed: stage set to WITHDRAWN", "mutation($n: ID!) { updateNeed(input: { id: $n, stage: WITHDRAWN }) { id } }", new { }, "stage" },
        { "createConsortium: title too short", "mutation { createConsortium(input: { title: \"x\", description: \"d\" }) { id } }", new { }, "title" },
        { "createConsortium: description too long", "mutation($d: String!) { createConsortium(input: { title: \"Gyldig\", description: $d }) { id } }", new { d = new string('d', 10_001) }, "description" },
        { "inviteToConsortium: unknown kommunenummer", "mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"9999\") { id } }", new { }, "municipalityNumber" },
        { "inviteToConsortium: message too long", "mutation($c: ID!, $m: String) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1813\", message: $m) { id } }", new { m = new string('m', 2_001) }, "message" },
        { "recordAuthorization: empty reference", "mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"  \") { id } }", new { }, "reference" },
        { "recordAuthorization: reference too long", "mutation($c: ID!, $r: String!) { recordAuthorization(consortiumId: $c, reference: $r) { id } }", new { r = Long201 }, "reference" },
        { "advancePhase: note too long", "mutation($c: ID!, $t: String) { advancePhase(consortiumId: $c, to: CANCELLED, note: $t) { id } }", new { t = new string('n', 2_001) }, "note" },
        { "advancePhase: unknown phase", "mutation($c: ID!, $p: ConsortiumPhase!) { advancePhase(consortiumId: $c, to: $p) { id } }", new { p = "PARTY" }, "p" },
        { "reportProcurementStatistics: year before 2000", "mutation { reportProcurementStatistics(year: 1999, total: 1, innovative: 0) { number } }", new { }, "year" },
        { "reportProcurementStatistics: year in the future", "mutation { reportProcurementStatistics(year: 2999, total: 1, innovative: 0) { number } }", new { }, "year" },
        { "reportProcurementStatistics: negative total", "mutation { reportProcurementStatistics(year: 2024, total: -1, innovative: 0) { number } }", new { }, "total" },
        { "reportProcurementStatistics: more innovative than total", "mutation { reportProcurementStatistics(year: 2024, total: 3, innovative: 4) { number } }", new { }, "innovative" },
    };

    private const string Publish = "mutation($i: PublishNeedInput!) { publishNeed(input: $i) { id } }";

    private static Dictionary<string, object?> NeedInput(string title = "Gyldig tittel", string description = "d", string[]? cpv = null,
        long? value = 100, string? from = null, string? to = null, string category = "SERVICES", string visibility = "MUNICIPALITIES") => new()
    {
        ["title"] = title, ["description"] = description, ["cpv"] = cpv ?? ["72000000-5"], ["category"] = category,
        ["estimatedValueNok"] = value, ["neededFrom"] = from, ["neededTo"] = to, ["visibility"] = visibility,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_written(string name, string query, object variables, string field)
    {
        await world.SetUpAsync();
        var before = await world.SnapshotAsync();
        var response = await world.GraphQLAsync(query, Merge(variables), world.LeadToken);

        Assert.True(response.ErrorCode == "VALIDATION_FAILED", $"{name}: {response.Body.ToJsonString()}");
        Assert.True(response.ErrorField == field, $"{name}: expected field {field}, got {response.Body.ToJsonString()}");
        Assert.False(string.IsNullOrWhiteSpace(response.Errors![0]!["message"]!.GetValue<string>()));
        Assert.Equal(before, await world.SnapshotAsync());
    }

    private const string Announce = "mutation($a: AnnounceDialogueEventInput!) { announceDialogueEvent(input: $a) { id } }";
    private const string Follow = "mutation($k: FollowKind!, $v: String!) { follow(input: { kind: $k, value: $v }) { orgNumber } }";

    /// <summary>The market dialogue's mutations: (name, who calls, GraphQL, variables, field).</summary>
    public static TheoryData<string, string, string, object, string> DialogueCases() => new()
    {
        { "announceDialogueEvent: title too short", "lead", Announce, new { a = EventInput(title: "ab") }, "title" },
        { "announceDialogueEvent: description too long", "lead", Announce, new { a = EventInput(description: new string('d', 10_001)) }, "description" },
        { "announceDialogueEvent: location too long", "lead", Announce, new { a = EventInput(location: new string('l', 501)) }, "location" },
        { "announceDialogueEvent: starts in the past", "lead", Announce, new { a = EventInput(starts: "2020-01-10T10:00:00Z", ends: "2020-01-10T12:00:00Z", deadline: "2020-01-05T10:00:00Z") }, "startsAt" },
        { "announceDialogueEvent: ends before it starts", "lead", Announce, new { a = EventInput(ends: "2028-01-10T09:00:00Z") }, "endsAt" },
        { "announceDialogueEvent: deadline after the start", "lead", Announce, new { a = EventInput(deadline: "2028-01-11T10:00:00Z") }, "registrationDeadline" },
        { "announceDialogueEvent: capacity zero", "lead", Announce, new { a = EventInput(capacity: 0) }, "capacity" },
        { "announceDialogueEvent: not a date-time", "lead", Announce, new { a = EventInput(starts: "neste tirsdag") }, "startsAt" },
        { "announceDialogueEvent: unknown kind", "lead", Announce, new { a = EventInput(kind: "PARTY") }, "kind" },
        { "cancelDialogueEvent: no reason", "lead", "mutation($e: ID!) { cancelDialogueEvent(id: $e, reason: \" \") { id } }", new { }, "reason" },
        { "cancelDialogueEvent: reason too long", "lead", "mutation($e: ID!, $r: String!) { cancelDialogueEvent(id: $e, reason: $r) { id } }", new { r = new string('r', 2_001) }, "reason" },
        { "answerQuestion: empty answer", "lead", "mutation($q: ID!) { answerQuestion(questionId: $q, answer: \"\") { id } }", new { }, "answer" },
        { "answerQuestion: answer too long", "lead", "mutation($q: ID!, $a: String!) { answerQuestion(questionId: $q, answer: $a) { id } }", new { a = new string('a', 10_001) }, "answer" },
        { "registerSupplier: name too short", "supplier", "mutation { registerSupplier(input: { name: \"A\" }) { orgNumber } }", new { }, "name" },
        { "registerSupplier: name with control characters", "supplier", "mutation($n: String!) { registerSupplier(input: { name: $n }) { orgNumber } }", new { n = "Bad\u0007name" }, "name" },
        { "follow: CPV with a wrong check digit", "supplier", Follow, new { k = "CPV", v = "48000000-7" }, "value" },
        { "follow: CPV that does not exist", "supplier", Follow, new { k = "CPV", v = "12345678-9" }, "value" },
        { "follow: unknown kommunenummer", "supplier", Follow, new { k = "MUNICIPALITY", v = "9999" }, "value" },
        { "follow: unknown county", "supplier", Follow, new { k = "COUNTY", v = "99" }, "value" },
        { "follow: malformed consortium id", "supplier", Follow, new { k = "CONSORTIUM", v = "no spaces/slashes" }, "value" },
        { "follow: unknown kind", "supplier", Follow, new { k = "WEATHER", v = "18" }, "k" },
        { "unfollow: unknown county", "supplier", "mutation { unfollow(input: { kind: COUNTY, value: \"00\" }) { orgNumber } }", new { }, "value" },
        { "registerForDialogueEvent: no attendees", "supplier", "mutation($e: ID!) { registerForDialogueEvent(eventId: $e, attendees: 0) { attendees } }", new { }, "attendees" },
        { "registerForDialogueEvent: too many attendees", "supplier", "mutation($e: ID!) { registerForDialogueEvent(eventId: $e, attendees: 101) { attendees } }", new { }, "attendees" },
        { "askQuestion: text too short", "supplier", "mutation($d: ID!) { askQuestion(consortiumId: $d, text: \"?\") { id } }", new { }, "text" },
        { "askQuestion: text too long", "supplier", "mutation($d: ID!, $t: String!) { askQuestion(consortiumId: $d, text: $t) { id } }", new { t = new string('t', 4_001) }, "text" },
    };

    private static Dictionary<string, object?> EventInput(string title = "Dialogkonferanse", string description = "d", string? location = null,
        string kind = "CONFERENCE", string starts = "2028-01-10T10:00:00Z", string ends = "2028-01-10T12:00:00Z", string deadline = "2028-01-05T10:00:00Z",
        int? capacity = null) => new()
    {
        // consortiumId is filled in by the test (the world's dialogue consortium).
        ["title"] = title, ["description"] = description, ["location"] = location, ["kind"] = kind,
        ["startsAt"] = starts, ["endsAt"] = ends, ["registrationDeadline"] = deadline, ["capacity"] = capacity,
    };

    [Theory]
    [MemberData(nameof(DialogueCases))]
    public async Task Bad_dialogue_input_is_refused_with_the_field_named_and_nothing_written(string name, string who, string query, object variables, string field)
    {
        await world.SetUpAsync();
        var before = await world.SnapshotAsync();
        var merged = Merge(variables);
        if (merged["a"] is JsonObject input) input["consortiumId"] = world.DialogueConsortiumId;

        var response = await world.GraphQLAsync(query, merged, who == "lead" ? world.LeadToken : world.SupplierUserToken);

        Assert.True(response.ErrorCode == "VALIDATION_FAILED", $"{name}: {response.Body.ToJsonString()}");
        Assert.True(response.ErrorField == field, $"{name}: expected field {field}, got {response.Body.ToJsonString()}");
        Assert.False(string.IsNullOrWhiteSpace(response.Errors![0]!["message"]!.GetValue<string>()));
        Assert.Equal(before, await world.SnapshotAsync());
    }

    private JsonObject Merge(object variables)
    {
        var merged = JsonSerializer.SerializeToNode(variables)!.AsObject();
        // The case's own variables win (an existing case uses $d for a description).
        foreach (var (key, value) in world.Variables()) merged.TryAdd(key, value?.ToString());
        return merged;
    }

    [Theory]
    [InlineData("{ similarNeeds(needId: \"x\", first: 1000) { score } }", "first")]
    [InlineData("{ needs(first: 5000) { totalCount } }", "first")]
    [InlineData("{ needs(after: \"not-a-cursor\") { totalCount } }", "after")]
    public async Task Bad_paging_arguments_are_refused_with_the_field_named(string query, string field)
    {
        await world.SetUpAsync();
        var q = query.Replace("\"x\"", $"\"{world.NeedId}\"");
        var response = await world.GraphQLAsync(q, token: world.LeadToken);
        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        Assert.Equal(field, response.ErrorField);
    }

    [Theory]
    [InlineData("""{"role":"king","tenant":null}""", "role")]
    [InlineData("""{"role":"municipality","tenant":"9999"}""", "tenant")]
    [InlineData("""{"role":"supplier","tenant":"923609017"}""", "tenant")]
    [InlineData("""{"role":"supplier","tenant":"12345"}""", "tenant")]
    public async Task The_dev_token_endpoint_refuses_unknown_roles_and_invalid_tenants(string body, string field)
    {
        using var response = await world.Http.PostAsync("/auth/dev-token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }
}
