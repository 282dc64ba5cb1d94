using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Providers;
using Orleans.Storage;
using Orleans.TestingHost;
using Samspill.Storage.Hosting;
using Samspill.Storage.Tests.Fixtures;

namespace Samspill.Storage.Tests;

/// <summary>The silo builder extensions: default registration and startup validation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableGrainStorageRegistrationTests(AzureStorageFixture fixture)
{
    [Fact]
    public async Task As_default_it_is_the_unnamed_grain_storage_and_the_Default_keyed_one()
    {
        await using var cluster = await DeployAsync(silo => silo.AddAzureTableGrainStorageAsDefault(o =>
        {
            o.ConnectionString = fixture.Azurite.ConnectionString;
            o.TableName = "RegistrationDefault";
        }));

        var services = cluster.Silos[0].ServiceProvider;
        var keyed = services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        Assert.IsType<AzureTableGrainStorage>(keyed);
        Assert.Same(keyed, services.GetRequiredService<IGrainStorage>());
    }

    [Fact]
    public async Task A_silo_with_an_invalid_table_name_refuses_to_start()
    {
        var error = await Record.ExceptionAsync(async () =>
        {
            await using var cluster = await DeployAsync(silo => silo.AddAzureTableGrainStorage("bad", o =>
            {
                o.ConnectionString = fixture.Azurite.ConnectionString;
                o.TableName = "no_underscores";
            }));
        });

        Assert.NotNull(error);
        Assert.Contains(Flatten(error), e => e.Message.Contains("TableName 'no_underscores' is not a valid table name"));
    }

    private static async Task<InProcessTestCluster> DeployAsync(Action<Orleans.Hosting.ISiloBuilder> configure)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureHost(host => host.Logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureSilo((_, silo) => configure(silo));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten)) yield return inner;
            }
        }
    }
}
