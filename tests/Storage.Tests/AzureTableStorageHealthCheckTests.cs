using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samspill.Silo.Hosting.Development;
using Samspill.Silo.Storage;
using Samspill.Storage.Tests.Fixtures;

namespace Samspill.Storage.Tests;

/// <summary>The readiness check against a dead port, a missing table and a live Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStorageHealthCheckTests(AzureStorageFixture fixture)
{
    [Fact]
    public async Task Unhealthy_and_quick_when_nothing_listens_on_the_table_endpoint()
    {
        var deadPort = FreePort.Next();
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteProcess.DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;";
        var check = new TableStorageHealthCheck(AzureStorageAccount.FromConnectionString(connectionString), AzureStorageFixture.KeepingTable, TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains($"127.0.0.1:{deadPort}", result.Description);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Unhealthy_when_the_table_does_not_exist()
    {
        var check = new TableStorageHealthCheck(fixture.Account, "NoSuchTable");

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Healthy_against_the_grain_state_table_on_Azurite()
    {
        var check = new TableStorageHealthCheck(fixture.Account, AzureStorageFixture.KeepingTable);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }
}
