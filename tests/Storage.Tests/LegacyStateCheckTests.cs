using Azure.Data.Tables;
using Samspill.Silo.Storage;
using Samspill.Storage.Tests.Fixtures;

namespace Samspill.Storage.Tests;

/// <summary>State from builds before Orleans' provider is found, so the silo can say so instead of running without it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LegacyStateCheckTests(AzureStorageFixture fixture)
{
    [Fact]
    public async Task Finds_rows_of_the_former_table_and_nothing_when_it_is_absent_or_unreachable()
    {
        var unreachable = AzureStorageAccount.FromConnectionString(fixture.Azurite.ConnectionString.Replace($":{fixture.Azurite.Port}/", ":1/"));
        Assert.False(await LegacyStateCheck.FindsLegacyStateAsync(unreachable));
        Assert.False(await LegacyStateCheck.FindsLegacyStateAsync(fixture.Account));

        var legacy = new TableClient(fixture.Azurite.ConnectionString, LegacyStateCheck.LegacyTableName);
        await legacy.CreateIfNotExistsAsync();
        Assert.False(await LegacyStateCheck.FindsLegacyStateAsync(fixture.Account));
        await legacy.AddEntityAsync(new TableEntity("dev|municipality|1804", "municipality") { ["SchemaVersion"] = 1 });

        Assert.True(await LegacyStateCheck.FindsLegacyStateAsync(fixture.Account));
        Assert.DoesNotContain('\n', LegacyStateCheck.Message);
        Assert.Contains(".data/", LegacyStateCheck.Message);
        await legacy.DeleteAsync();
    }
}
