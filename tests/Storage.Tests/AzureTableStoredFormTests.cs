using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Orleans;
using Orleans.Runtime;
using Samspill.Storage.Tests.Fixtures;
using Samspill.Storage.Tests.States.Original;

namespace Samspill.Storage.Tests;

/// <summary>What <see cref="AzureTableGrainStorage"/> leaves in the table, read back with a plain TableClient.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStoredFormTests(AzureStorageFixture fixture)
{
    [Fact]
    public async Task Every_provider_table_exists_once_the_silo_has_started()
    {
        // The untouched provider's table is never used by a test: only silo startup can have created it.
        var names = new List<string>();
        await foreach (var table in fixture.TableService.QueryAsync(t => t.Name == AzureStorageFixture.UntouchedTable))
        {
            names.Add(table.Name);
        }

        Assert.Equal([AzureStorageFixture.UntouchedTable], names);
    }

    [Fact]
    public async Task A_row_holds_a_schema_version_and_camel_case_json_without_type_names()
    {
        var key = "form/" + Guid.NewGuid().ToString("N") + "#1";
        var profile = new PlayerProfile { Name = "Ánne", Score = 3, Level = SkillLevel.Intermediate, Tags = ["x"] };
        await fixture.DeletingStorage.WriteStateAsync("profile", GrainId.Create("player", key), new GrainState<PlayerProfile>(profile));

        var entity = await RawRowAsync(AzureStorageFixture.DeletingTable, $"{fixture.ServiceId}|player|{key.Replace("/", "!2F").Replace("#", "!23")}", "profile");

        Assert.Equal(1, entity.GetInt32("SchemaVersion"));
        var json = Encoding.UTF8.GetString(entity.GetBinary("Data0")!);
        Assert.Equal(Encoding.UTF8.GetByteCount(json), entity.GetInt32("PayloadBytes"));
        Assert.Equal(
            ["Data0", "PartitionKey", "PayloadBytes", "RowKey", "SchemaVersion", "Timestamp", "odata.etag"],
            entity.Keys.Order(StringComparer.Ordinal));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["name", "score", "level", "tags", "filler"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Intermediate", document.RootElement.GetProperty("level").GetString());
        Assert.DoesNotContain("$type", json);
        Assert.DoesNotContain(nameof(PlayerProfile), json);
        Assert.DoesNotContain("Samspill", json);
    }

    [Fact]
    public async Task A_large_state_is_split_over_64_KiB_binary_properties()
    {
        var grainId = GrainId.Create("player", Guid.NewGuid().ToString("N"));
        var profile = new PlayerProfile { Name = "big", Filler = new string('q', 200_000) };
        await fixture.DeletingStorage.WriteStateAsync("profile", grainId, new GrainState<PlayerProfile>(profile));

        var entity = await RawRowAsync(AzureStorageFixture.DeletingTable, $"{fixture.ServiceId}|player|{grainId.Key}", "profile");

        var chunks = Enumerable.Range(0, 10).Select(i => entity.GetBinary("Data" + i)).TakeWhile(c => c is not null).ToArray();
        Assert.Equal(4, chunks.Length);
        Assert.All(chunks[..3], c => Assert.Equal(64 * 1024, c!.Length));
        Assert.Equal(entity.GetInt32("PayloadBytes"), chunks.Sum(c => c!.Length));
    }

    [Fact]
    public async Task Clearing_in_keep_mode_leaves_an_empty_row_with_its_schema_version()
    {
        var grainId = GrainId.Create("player", Guid.NewGuid().ToString("N"));
        var state = new GrainState<PlayerProfile>(new PlayerProfile { Name = "kept" });
        await fixture.KeepingStorage.WriteStateAsync("profile", grainId, state);

        await fixture.KeepingStorage.ClearStateAsync("profile", grainId, state);

        var entity = await RawRowAsync(AzureStorageFixture.KeepingTable, $"{fixture.ServiceId}|player|{grainId.Key}", "profile");
        Assert.Equal(1, entity.GetInt32("SchemaVersion"));
        Assert.Equal(0, entity.GetInt32("PayloadBytes"));
        Assert.Null(entity.GetBinary("Data0"));
        Assert.Equal(state.ETag, entity.ETag.ToString());
    }

    [Fact]
    public async Task A_row_from_a_newer_schema_is_refused_with_a_clear_message()
    {
        var grainId = GrainId.Create("player", Guid.NewGuid().ToString("N"));
        var table = new TableClient(fixture.Azurite.ConnectionString, AzureStorageFixture.DeletingTable);
        await table.AddEntityAsync(new TableEntity($"{fixture.ServiceId}|player|{grainId.Key}", "profile") { ["SchemaVersion"] = 2, ["PayloadBytes"] = 0 });

        var error = await Assert.ThrowsAsync<NotSupportedException>(() =>
            fixture.DeletingStorage.ReadStateAsync("profile", grainId, new GrainState<PlayerProfile>(new PlayerProfile())));

        Assert.Contains("SchemaVersion 2", error.Message);
    }

    private async Task<TableEntity> RawRowAsync(string tableName, string partitionKey, string rowKey)
    {
        var table = new TableClient(fixture.Azurite.ConnectionString, tableName);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey);
        Assert.True(response.HasValue, $"no row {partitionKey} / {rowKey} in {tableName}");
        return response.Value!;
    }
}
