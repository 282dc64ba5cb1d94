using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Orleans;
using Orleans.Runtime;
using Samspill.Silo.Storage;
using Samspill.Storage.Tests.Fixtures;
using Samspill.Storage.Tests.States.Original;

namespace Samspill.Storage.Tests;

/// <summary>What Orleans' Azure Table provider, with our serializer, leaves in the table, read back with a plain TableClient.</summary>
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
    public async Task A_row_holds_camel_case_utf8_json_without_type_names_in_binary_Data()
    {
        var key = Guid.NewGuid().ToString("N");
        var profile = new PlayerProfile { Name = "Ánne", Score = 3, Level = SkillLevel.Intermediate, Tags = ["x"] };
        await fixture.KeepingStorage.WriteStateAsync("profile", GrainId.Create("player", key), new GrainState<PlayerProfile>(profile));

        var entity = await RawRowAsync(AzureStorageFixture.KeepingTable, $"{fixture.ServiceId}_player_{key}", "profile");

        Assert.Equal(["Data", "PartitionKey", "RowKey", "Timestamp", "odata.etag"], entity.Keys.Order(StringComparer.Ordinal));
        var json = Encoding.UTF8.GetString(entity.GetBinary("Data")!);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["name", "score", "level", "tags", "filler"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Ánne", document.RootElement.GetProperty("name").GetString());
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
        await fixture.KeepingStorage.WriteStateAsync("profile", grainId, new GrainState<PlayerProfile>(profile));

        var entity = await RawRowAsync(AzureStorageFixture.KeepingTable, $"{fixture.ServiceId}_player_{grainId.Key}", "profile");

        var chunks = new[] { "Data", "Data1", "Data2", "Data3", "Data4" }.Select(entity.GetBinary).TakeWhile(c => c is not null).ToArray();
        Assert.Equal(4, chunks.Length);
        Assert.All(chunks[..3], c => Assert.Equal(64 * 1024, c!.Length));
        var json = Encoding.UTF8.GetString(chunks.SelectMany(c => c!).ToArray());
        Assert.Equal(new string('q', 200_000), JsonDocument.Parse(json).RootElement.GetProperty("filler").GetString());
    }

    [Fact]
    public async Task Clearing_leaves_an_empty_row_whose_ETag_the_state_holds()
    {
        var grainId = GrainId.Create("player", Guid.NewGuid().ToString("N"));
        var state = new GrainState<PlayerProfile>(new PlayerProfile { Name = "kept" });
        await fixture.KeepingStorage.WriteStateAsync("profile", grainId, state);

        await fixture.KeepingStorage.ClearStateAsync("profile", grainId, state);

        var entity = await RawRowAsync(AzureStorageFixture.KeepingTable, $"{fixture.ServiceId}_player_{grainId.Key}", "profile");
        Assert.Null(entity.GetBinary("Data"));
        Assert.Equal(state.ETag, entity.ETag.ToString());
    }

    [Fact]
    public async Task A_row_this_build_cannot_read_is_refused_in_one_line_that_says_what_to_do()
    {
        var grainId = GrainId.Create("player", Guid.NewGuid().ToString("N"));
        var table = new TableClient(fixture.Azurite.ConnectionString, AzureStorageFixture.KeepingTable);
        await table.AddEntityAsync(new TableEntity($"{fixture.ServiceId}_player_{grainId.Key}", "profile")
        {
            ["Data"] = Encoding.UTF8.GetBytes("{\"name\":\"x\",\"score\":\"not a number\"}"),
        });

        var error = await Record.ExceptionAsync(() =>
            fixture.KeepingStorage.ReadStateAsync("profile", grainId, new GrainState<PlayerProfile>(new PlayerProfile())));

        var unreadable = Assert.IsType<StoredStateUnreadableException>(Flatten(error).First(e => e is StoredStateUnreadableException));
        Assert.DoesNotContain('\n', unreadable.Message);
        Assert.Contains("PlayerProfile", unreadable.Message);
        Assert.Contains(".data/", unreadable.Message);
    }

    private async Task<TableEntity> RawRowAsync(string tableName, string partitionKey, string rowKey)
    {
        var table = new TableClient(fixture.Azurite.ConnectionString, tableName);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey);
        Assert.True(response.HasValue, $"no row {partitionKey} / {rowKey} in {tableName}");
        return response.Value!;
    }

    private static IEnumerable<Exception> Flatten(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten)) yield return inner;
            }
        }
    }
}
