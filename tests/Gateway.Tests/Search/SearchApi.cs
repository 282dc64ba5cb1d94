using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Search;

/// <summary>The search and case-library calls the tests make, as a person's client would.</summary>
public static class SearchApi
{
    public const string HitFields = "hits { kind id title snippet score } totalCount pageInfo { hasNextPage endCursor } facets { byKind { value count } byCounty { value count } byDomain { value count } }";

    public static async Task<JsonNode> Search(this SiloApp app, string? token, string text, string? kinds = null, string? county = null, int first = 20, string? after = null)
    {
        await app.Settled();
        var response = await app.GraphQLAsync(
            $"query($t: String!, $c: ID, $f: Int, $a: String) {{ search(text: $t, county: $c, first: $f, after: $a{(kinds is null ? "" : $", kinds: [{kinds}]")}) {{ {HitFields} }} }}",
            new { t = text, c = county, f = first, a = after }, token);
        return response.Ok()["search"]!;
    }

    public static async Task<string> Publish(this SiloApp app, string token, string title, string description, string cpv,
        string visibility = "MUNICIPALITIES", string? fromCaseId = null)
    {
        var response = await app.GraphQLAsync(
            "mutation($t: String!, $d: String!, $c: String!, $v: Visibility, $k: ID) { publishNeed(input: { title: $t, description: $d, cpv: [$c], category: SERVICES, visibility: $v, neededFrom: \"2027-01-01\", neededTo: \"2027-12-31\", fromCaseId: $k }) { id } }",
            new { t = title, d = description, c = cpv, v = visibility, k = fromCaseId }, token);
        return response.Ok()["publishNeed"]!["id"]!.GetValue<string>();
    }

    public static IEnumerable<string> Ids(this JsonNode search) => search["hits"]!.AsArray().Select(h => h!["id"]!.GetValue<string>());
}
