using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;

namespace Samspill.Storage.Hosting;

/// <summary>Registers <see cref="AzureTableGrainStorage"/> as a named Orleans grain storage.</summary>
public static class AzureTableGrainStorageSiloBuilderExtensions
{
    /// <summary>Adds Azure Table grain storage under <see cref="ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME"/>.</summary>
    public static ISiloBuilder AddAzureTableGrainStorageAsDefault(this ISiloBuilder builder, Action<AzureTableGrainStorageOptions> configureOptions) =>
        builder.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    /// <summary>Adds Azure Table grain storage named <paramref name="name"/> (the name grains give in [PersistentState]).</summary>
    public static ISiloBuilder AddAzureTableGrainStorage(this ISiloBuilder builder, string name, Action<AzureTableGrainStorageOptions> configureOptions)
    {
        builder.Services.AddOptions<AzureTableGrainStorageOptions>(name).Configure(configureOptions);
        builder.Services.AddTransient<IConfigurationValidator>(sp =>
            new AzureTableGrainStorageOptionsValidator(sp.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name), name));
        // Keyed by name like Orleans' own providers; AddGrainStorage also makes the default one resolvable
        // unkeyed and subscribes it to the silo lifecycle, which creates the table at startup.
        builder.Services.AddGrainStorage(name, static (services, key) => ActivatorUtilities.CreateInstance<AzureTableGrainStorage>(
            services, key, services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(key)));
        return builder;
    }
}
