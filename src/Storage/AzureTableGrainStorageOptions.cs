namespace Samspill.Storage;

/// <summary>Settings for one named <see cref="AzureTableGrainStorage"/> provider.</summary>
public sealed class AzureTableGrainStorageOptions
{
    /// <summary>The table every provider uses unless told otherwise.</summary>
    public const string DefaultTableName = "SamspillGrainState";

    /// <summary>Azure Storage connection string; <c>UseDevelopmentStorage=true</c> means Azurite on 127.0.0.1:10002.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Table holding one row per grain state; created when the silo starts.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// True: clearing a state deletes its row. False: the row stays with an empty payload, so its
    /// ETag keeps guarding against a writer that still holds the pre-clear ETag.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }
}
