using Samspill.Grains;
using Samspill.Storage.HealthChecks;
using Samspill.Storage.Hosting;

namespace Samspill.Silo.Hosting;

/// <summary>Chooses the grain storage provider from Storage:Provider (AzureTable, the default, or Memory).</summary>
public static class StorageSetup
{
    public const string AzureTable = "AzureTable";
    public const string Memory = "Memory";

    public static string Provider(IConfiguration config) => config["Storage:Provider"] ?? AzureTable;

    /// <summary>ConnectionStrings:AzureStorage; in Development the local emulator when nothing is configured.</summary>
    public static string? ConnectionString(IConfiguration config, IHostEnvironment environment) =>
        config.GetConnectionString("AzureStorage") ?? (environment.IsDevelopment() ? "UseDevelopmentStorage=true" : null);

    public static WebApplicationBuilder AddSamspillStorage(this WebApplicationBuilder builder, ISiloBuilder silo)
    {
        var config = builder.Configuration;
        switch (Provider(config))
        {
            case Memory:
                silo.AddMemoryGrainStorage(StorageNames.Default);
                break;
            case AzureTable:
                var connectionString = ConnectionString(config, builder.Environment)
                    ?? throw new InvalidOperationException(
                        "Storage:Provider is AzureTable but ConnectionStrings:AzureStorage is not set; give an Azure Storage connection string (or use --Storage:Provider=Memory).");
                silo.AddAzureTableGrainStorage(StorageNames.Default, o =>
                {
                    o.ConnectionString = connectionString;
                    o.TableName = config["Storage:TableName"] ?? o.TableName;
                });
                builder.Services.AddHealthChecks().AddAzureTableGrainStorageCheck(StorageNames.Default, tags: [HealthEndpoints.ReadyTag]);
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{Provider(config)}' is not known; use {AzureTable} or {Memory}.");
        }
        return builder;
    }
}
