using Orleans.Configuration;
using Samspill.Grains;
using Samspill.Grains.Common;
using Samspill.Silo.Storage;

namespace Samspill.Silo.Hosting;

/// <summary>
/// Chooses grain storage and reminders from Storage:Provider: AzureTable (the default; reminders in their own table
/// of the same account) or Memory (both in memory, for a throwaway run).
/// </summary>
public static class StorageSetup
{
    public const string AzureTable = "AzureTable";
    public const string Memory = "Memory";

    public static string Provider(IConfiguration config) => config["Storage:Provider"] ?? AzureTable;

    public static string TableName(IConfiguration config) => config["Storage:TableName"] ?? AzureTableGrainStorageSetup.DefaultTableName;

    /// <summary>Storage:RemindersTableName, default SamspillReminders.</summary>
    public static string RemindersTableName(IConfiguration config) => config["Storage:RemindersTableName"] ?? "SamspillReminders";

    /// <summary>The storage account, or null with Memory storage; a setting it cannot use is a <see cref="SiloConfigurationException"/>.</summary>
    public static AzureStorageAccount? Account(IConfiguration config, IHostEnvironment environment) => Provider(config) switch
    {
        Memory => null,
        AzureTable => AzureStorageAccount.FromConfiguration(config, environment),
        var other => throw new SiloConfigurationException($"Storage:Provider '{other}' is not known; use {AzureTable} or {Memory}."),
    };

    public static WebApplicationBuilder AddSamspillStorage(this WebApplicationBuilder builder, ISiloBuilder silo)
    {
        var account = Account(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<StateWriteCounter>();
        if (account is null)
        {
            // The stored form of Azure (System.Text.Json, no type names, the size limit) rather than Orleans' default
            // Newtonsoft copy with type names, which cost a fifth of the silo's CPU per publish in a profile.
            silo.AddMemoryGrainStorage(StorageNames.Default);
            builder.Services.AddOptions<MemoryGrainStorageOptions>(StorageNames.Default)
                .Configure<StateWriteCounter>((o, counter) => o.GrainStorageSerializer = new GrainStateSerializer(counter: counter));
            silo.UseInMemoryReminderService();
            return builder;
        }

        var tableName = TableName(builder.Configuration);
        silo.AddSamspillAzureTableGrainStorage(StorageNames.Default, account, tableName);
        silo.UseAzureTableReminderService(options => options.Configure(o =>
        {
            o.TableServiceClient = account.CreateClient();
            o.TableName = RemindersTableName(builder.Configuration);
        }));
        builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            "grain-storage", _ => new TableStorageHealthCheck(account, tableName), Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, [HealthEndpoints.ReadyTag]));
        return builder;
    }
}
