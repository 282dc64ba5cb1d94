using System.Text.Json.Nodes;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>GraphQL calls for arranging what a test is not about, and for reading back what a page claims.</summary>
public sealed class Api(SiloProcess silo, string token)
{
    public static async Task<Api> ForMunicipalityAsync(SiloProcess silo, string number, string name) =>
        new(silo, await silo.TokenAsync("municipality", number, name));

    public async Task<JsonNode> RunAsync(string query, object? variables = null)
    {
        var result = await silo.GraphQLAsync(query, variables, token);
        if (result["errors"] is JsonArray { Count: > 0 } errors) throw new InvalidOperationException($"GraphQL refused: {errors.ToJsonString()}");
        return result["data"]!;
    }

    public async Task<string> PublishNeedAsync(string title, long valueNok, string cpv = "33196200-2")
    {
        var data = await RunAsync(
            "mutation($input: PublishNeedInput!) { publishNeed(input: $input) { id } }",
            new
            {
                input = new
                {
                    title,
                    description = "Sensorer og varsling for hjemmeboende.",
                    cpv = new[] { cpv },
                    category = "GOODS",
                    estimatedValueNok = valueNok,
                    neededFrom = "2027-01-01",
                    neededTo = "2027-12-31",
                },
            });
        return data["publishNeed"]!["id"]!.GetValue<string>();
    }

    public async Task<string> CreateConsortiumAsync(string title, string needId)
    {
        var data = await RunAsync(
            "mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }",
            new { input = new { title, description = "Felles anskaffelse.", needId } });
        return data["createConsortium"]!["id"]!.GetValue<string>();
    }

    public Task InviteAsync(string consortiumId, string municipalityNumber, string? message = null) =>
        RunAsync(
            "mutation($id: ID!, $m: ID!, $msg: String) { inviteToConsortium(consortiumId: $id, municipalityNumber: $m, message: $msg) { id } }",
            new { id = consortiumId, m = municipalityNumber, msg = message });

    public async Task<string> PhaseAsync(string consortiumId) =>
        (await RunAsync("query($id: ID!) { consortium(id: $id) { phase } }", new { id = consortiumId }))["consortium"]!["phase"]!.GetValue<string>();
}
