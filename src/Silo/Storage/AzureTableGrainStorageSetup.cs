using Orleans.Configuration;
using Orleans.Storage;
using Samspill.Grains.Common;

namespace Samspill.Silo.Storage;

/// <summary>Orleans' own Azure Table grain storage, configured the one way this platform stores grain state.</summary>
public static class AzureTableGrainStorageSetup
{
    /// <summary>The table grain state lives in unless Storage:TableName says otherwise.</summary>
    public const string DefaultTableName = "SamspillGrains";

    /// <summary>
    /// Adds the provider as <paramref name="name"/>: UTF-8 JSON of <see cref="Grains.GrainStateJson"/> in binary
    /// properties (Data, Data1, …), a clear keeps the emptied row so its ETag still refuses a writer from before
    /// the clear, and the table is created when the silo starts.
    /// </summary>
    public static ISiloBuilder AddSamspillAzureTableGrainStorage(this ISiloBuilder silo, string name, AzureStorageAccount account, string tableName, bool deleteStateOnClear = false)
    {
        silo.AddAzureTableGrainStorage(name, options => options.Configure<ILoggerFactory, IServiceProvider>((o, loggers, services) =>
        {
            o.TableServiceClient = account.CreateClient();
            o.TableName = tableName;
            o.DeleteStateOnClear = deleteStateOnClear;
            // Binary, not string properties: Azure counts strings twice (UTF-16) against the 1 MiB entity.
            o.UseStringFormat = false;
            o.GrainStorageSerializer = new GrainStateSerializer(loggers.CreateLogger<GrainStateSerializer>(), counter: services.GetService<StateWriteCounter>());
        }));
        return silo;
    }
}
