using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Samspill.Silo.Tests.Infrastructure;

namespace Samspill.Silo.Tests;

/// <summary>A write that loses an optimistic-concurrency race surfaces as CONFLICT, half of nothing is kept, and a retry works.</summary>
public sealed class ConflictTests(AzuriteFixture storage) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_concurrent_change_behind_the_grain_makes_the_next_mutation_a_conflict_and_a_retry_succeeds()
    {
        var serviceId = SiloProcess.NewServiceId("conflict");
        await using var silo = await SiloProcess.StartAsync(SiloProcess.OnAzurite(storage.Azurite.ConnectionString, serviceId));
        var token = await silo.TokenAsync("municipality", "1833");
        const string publish = "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }";
        SiloProcess.Data(await silo.GraphQLAsync(publish, new { t = "Første behov" }, token));

        // Another writer (a second activation after a split, an operator's tool) updates the row: its ETag moves on.
        var table = new TableClient(storage.Azurite.ConnectionString, "SamspillGrains");
        var row = table.GetEntity<TableEntity>($"{serviceId}_municipality_1833", "municipality").Value;
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);

        var lost = await silo.GraphQLAsync(publish, new { t = "Tapt skriving" }, token);
        Assert.Equal("CONFLICT", lost["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var retried = await silo.GraphQLAsync(publish, new { t = "Nytt forsøk" }, token);
        SiloProcess.Data(retried);
        var titles = SiloProcess.Data(await silo.GraphQLAsync("{ municipality(number: \"1833\") { needs { title } } }", null, token))["municipality"]!["needs"]!
            .AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["Første behov", "Nytt forsøk"], titles);
    }
}
