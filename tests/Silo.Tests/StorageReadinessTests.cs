using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Samspill.Silo.Hosting.Development;
using Samspill.Silo.Storage;
using Samspill.Silo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samspill.Silo.Tests;

/// <summary>
/// The silo process against storage that goes away and comes back, and against storage written by an older build:
/// /health/ready follows the Azure Table provider's storage, and state this build cannot read stops it in one line.
/// </summary>
public sealed class StorageReadinessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _location = Directory.CreateTempSubdirectory("samspill-ready-").FullName;
    private readonly string _root = Repository.Root;

    [Fact]
    public async Task Ready_is_503_while_storage_does_not_answer_and_200_again_once_it_is_back_with_the_data_intact()
    {
        // The launcher picks the first port (and tries another if that one is taken as Azurite starts); storage comes
        // back on the same one, as a restarted account would, so only the restart can still meet a taken port.
        var azurite = await StartAzuriteAsync(0);
        var port = azurite.Port;
        await using var silo = await SiloProcess.StartAsync(SiloProcess.OnAzurite(azurite.ConnectionString, $"ready{Guid.NewGuid():N}"));
        var token = await silo.TokenAsync("municipality", "1804");
        var published = await silo.GraphQLAsync(
            "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }",
            new { t = "Snørydding" }, token);
        Assert.True(published["errors"] is null, published.ToJsonString());
        var id = published["data"]!["publishNeed"]!["id"]!.GetValue<string>();

        azurite.Dispose();
        var down = await WaitForReadyStatusAsync(silo, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30));
        output.WriteLine($"503 {down.TotalSeconds:0.0} s after storage stopped");

        await using var restarted = await StartAzuriteAsync(port);
        var up = await WaitForReadyStatusAsync(silo, HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        output.WriteLine($"200 {up.TotalSeconds:0.0} s after storage came back");

        var read = await silo.GraphQLAsync($"{{ need(id: \"{id}\") {{ title }} }}", null, token);
        Assert.Equal("Snørydding", read["data"]!["need"]!["title"]!.GetValue<string>());
        Assert.False(silo.HasExited);
    }

    [Fact]
    public async Task A_silo_that_finds_state_of_an_older_build_stops_with_one_line_saying_to_delete_the_development_data()
    {
        await using var azurite = await StartAzuriteAsync(0);
        var legacy = new TableClient(azurite.ConnectionString, LegacyStateCheck.LegacyTableName);
        await legacy.CreateIfNotExistsAsync();
        await legacy.AddEntityAsync(new TableEntity("dev|municipality|1804", "municipality") { ["SchemaVersion"] = 1 });

        await using var silo = SiloProcess.Launch(SiloProcess.OnAzurite(azurite.ConnectionString, $"legacy{Guid.NewGuid():N}"));
        var exit = await silo.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.True(exit == 1, $"exit {exit?.ToString() ?? "none"}:\n{silo.Output}");
        var lines = silo.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(LegacyStateCheck.Message, Assert.Single(lines));
    }

    private Task<AzuriteProcess> StartAzuriteAsync(int port) =>
        AzuriteLauncher.StartAsync(_root, _location, port, NullLogger.Instance, CancellationToken.None);

    /// <summary>Polls /health/ready until it answers <paramref name="expected"/>; how long that took.</summary>
    private static async Task<TimeSpan> WaitForReadyStatusAsync(SiloProcess silo, HttpStatusCode expected, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode? last = null;
        while (clock.Elapsed < timeout)
        {
            using var response = await silo.Http.GetAsync("/health/ready");
            last = response.StatusCode;
            if (last == expected) return clock.Elapsed;
            await Task.Delay(250);
        }
        throw new Xunit.Sdk.XunitException($"/health/ready was {last} after {timeout.TotalSeconds} s, not {expected}:\n{silo.Output}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(_location)) Directory.Delete(_location, recursive: true);
        return Task.CompletedTask;
    }
}
