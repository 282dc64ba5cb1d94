using System.Text.Json.Nodes;
using Samspill.Silo.Tests.Infrastructure;

namespace Samspill.Silo.Tests;

/// <summary>Nothing acknowledged is lost: writes through GraphQL survive a SIGKILL of the silo process.</summary>
public sealed class DurabilityTests(AzuriteFixture storage) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Every_acknowledged_write_survives_a_killed_silo_process()
    {
        var settings = SiloProcess.OnAzurite(storage.Azurite.ConnectionString, SiloProcess.NewServiceId("durable"));
        var acknowledgedNeeds = new List<string>();
        string consortiumId;

        await using (var first = await SiloProcess.StartAsync(settings))
        {
            var lead = await first.TokenAsync("municipality", "1804");
            var partner = await first.TokenAsync("municipality", "1806");
            for (var i = 0; i < 15; i++)
            {
                var body = await first.GraphQLAsync(
                    "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES, estimatedValueNok: 500000 }) { id } }",
                    new { t = $"Behov nummer {i}" }, i % 2 == 0 ? lead : partner);
                acknowledgedNeeds.Add(SiloProcess.Data(body)["publishNeed"]!["id"]!.GetValue<string>());
            }
            var created = await first.GraphQLAsync(
                "mutation($n: ID) { createConsortium(input: { title: \"Felles innkjøp\", description: \"d\", needId: $n }) { id } }",
                new { n = acknowledgedNeeds[0] }, lead);
            consortiumId = SiloProcess.Data(created)["createConsortium"]!["id"]!.GetValue<string>();
            SiloProcess.Data(await first.GraphQLAsync("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1806\") { id } }", new { c = consortiumId }, lead));
            SiloProcess.Data(await first.GraphQLAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = consortiumId }, partner));
            SiloProcess.Data(await first.GraphQLAsync("mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id } }", new { c = consortiumId, n = acknowledgedNeeds[1] }, partner));

            first.Kill();
            Assert.True(first.HasExited);
        }

        await using var second = await SiloProcess.StartAsync(settings);
        var token = await second.TokenAsync("municipality", "1804");
        foreach (var id in acknowledgedNeeds)
        {
            var need = SiloProcess.Data(await second.GraphQLAsync("query($id: ID!) { need(id: $id) { id title } }", new { id }, token))["need"];
            Assert.NotNull(need);
        }
        var consortium = SiloProcess.Data(await second.GraphQLAsync(
            "query($id: ID!) { consortium(id: $id) { members { municipality { number } status } pooledNeeds { id } combinedEstimatedValueNok } }",
            new { id = consortiumId }, token))["consortium"]!;
        Assert.Contains(consortium["members"]!.AsArray(), m => m!["municipality"]!["number"]!.GetValue<string>() == "1806" && m["status"]!.GetValue<string>() == "JOINED");
        Assert.Equal(2, consortium["pooledNeeds"]!.AsArray().Count);
        Assert.Equal(1_000_000, consortium["combinedEstimatedValueNok"]!.GetValue<long>());
        var listed = SiloProcess.Data(await second.GraphQLAsync("{ needs(first: 100) { totalCount } }", null, token))["needs"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(acknowledgedNeeds.Count, listed);
    }
}
