using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Hosting;
using Orleans.Serialization.Configuration;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Samspill.Storage.Tests.Fixtures;

/// <summary>A one-silo test cluster with Orleans' own memory grain storage, the reference the contract is checked against.</summary>
public sealed class MemoryStorageFixture : IAsyncLifetime
{
    public const string StorageName = "memory";

    private InProcessTestCluster? _cluster;

    public IGrainStorage Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageName);
            // Orleans 10's default storage serializer (Newtonsoft with $type names) only reads types on an
            // allow-list; the test states are plain classes, as ours are for the Azure provider.
            silo.Services.Configure<TypeManifestOptions>(o => o.AddAllowedAssembly(typeof(MemoryStorageFixture).Assembly));
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        Storage = _cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageName);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
