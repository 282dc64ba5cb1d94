using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
        var merged = JsonSerializer.SerializeToNode(variables)!.AsObject();
        merged["n"] = world.NeedId;
        merged["c"] = world.ConsortiumId;

        var response = await world.GraphQLAsync(query, merged, world.LeadToken);

        Assert.True(response.ErrorCode == "VALIDATION_FAILED", $"{name}: {response.Body.ToJsonString()}");
        Assert.True(response.ErrorField == field, $"{name}: expected field {field}, got {response.Body.ToJsonString()}");
        Assert.False(string.IsNullOrWhiteSpace(response.Errors![0]!["message"]!.GetValue<string>()));
        Assert.Equal(before, await world.SnapshotAsync());
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
