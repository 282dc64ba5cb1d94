using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samspill.Storage.Azurite;
using Samspill.Storage.HealthChecks;
using Samspill.Storage.Tests.Fixtures;

namespace Samspill.Storage.Tests;

/// <summary>The readiness check against a dead port, a missing table and a live Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStorageHealthCheckTests(AzureStorageFixture fixture)
{
    [Fact]
    public async Task Unhealthy_and_quick_when_nothing_listens_on_the_table_endpoint()
    {
        var deadPort = LoopbackPort.GetFree();
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteProcess.DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;";
        var check = new AzureTableStorageHealthCheck(connectionString, AzureStorageFixture.DeletingTable, TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains($"127.0.0.1:{deadPort}", result.Description);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Unhealthy_when_the_table_does_not_exist()
    {
        var check = new AzureTableStorageHealthCheck(fixture.Azurite.ConnectionString, "NoSuchTable");

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Healthy_through_the_registration_extension_against_Azurite()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<AzureTableGrainStorageOptions>("main").Configure(o =>
        {
            o.ConnectionString = fixture.Azurite.ConnectionString;
            o.TableName = AzureStorageFixture.DeletingTable;
        });
        services.AddHealthChecks().AddAzureTableGrainStorageCheck("main", tags: ["ready"]);
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));

        var entry = Assert.Single(report.Entries);
        Assert.Equal("grain-storage", entry.Key);
        Assert.Equal(HealthStatus.Healthy, entry.Value.Status);
    }
}
