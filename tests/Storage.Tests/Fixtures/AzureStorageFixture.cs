using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;
using Samspill.Silo.Hosting.Development;
using Samspill.Silo.Storage;

namespace Samspill.Storage.Tests.Fixtures;

/// <summary>
/// Starts a private Azurite (random port, temporary folder) and a one-silo test cluster with Orleans' Azure Table
/// provider registered the way the silo registers it, three times: keeping rows on clear (as the silo does),
/// deleting them, and one no test calls.
/// </summary>
public sealed class AzureStorageFixture : IAsyncLifetime
{
    public const string KeepingStorageName = "azure-keep";
    public const string DeletingStorageName = "azure-delete";
    public const string UntouchedStorageName = "azure-untouched";
    public const string KeepingTable = "ContractKeeping";
    public const string DeletingTable = "ContractDeleting";
    public const string UntouchedTable = "ContractUntouched";

    private InProcessTestCluster? _cluster;
    private string? _location;

    public AzuriteProcess Azurite { get; private set; } = null!;

    public AzureStorageAccount Account { get; private set; } = null!;

    public IGrainStorage KeepingStorage { get; private set; } = null!;

    public IGrainStorage DeletingStorage { get; private set; } = null!;

    public string ServiceId { get; private set; } = "";

    public TableServiceClient TableService => new(Azurite.ConnectionString);

    public async Task InitializeAsync()
    {
        // The storage tests start Azurite from the repository's node_modules.
        var repoRoot = Repository.Root;
        _location = Directory.CreateTempSubdirectory("samspill-azurite-").FullName;
        try
        {
            Azurite = await AzuriteLauncher.StartAsync(repoRoot, _location, port: 0, NullLogger.Instance, CancellationToken.None);
        }
        catch (AzuriteUnavailableException e)
        {
            // Never skip: a storage suite that silently does not run is worse than a red one.
            var where = Environment.GetEnvironmentVariable("CI") == "true" ? "CI=true, so this is a build failure" : "not skipped on purpose";
            throw new InvalidOperationException($"The Azure Table storage tests need Azurite and could not start it ({where}): {e.Message}", e);
        }
        Account = AzureStorageAccount.FromConnectionString(Azurite.ConnectionString);

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureSilo((_, silo) => silo
            .AddSamspillAzureTableGrainStorage(KeepingStorageName, Account, KeepingTable)
            .AddSamspillAzureTableGrainStorage(DeletingStorageName, Account, DeletingTable, deleteStateOnClear: true)
            .AddSamspillAzureTableGrainStorage(UntouchedStorageName, Account, UntouchedTable));
        _cluster = builder.Build();
        await _cluster.DeployAsync();

        var services = _cluster.Silos[0].ServiceProvider;
        KeepingStorage = services.GetRequiredKeyedService<IGrainStorage>(KeepingStorageName);
        DeletingStorage = services.GetRequiredKeyedService<IGrainStorage>(DeletingStorageName);
        ServiceId = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClusterOptions>>().Value.ServiceId;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        Azurite?.Dispose();
        if (_location is not null && Directory.Exists(_location)) Directory.Delete(_location, recursive: true);
    }
}
