using Azure.Core;
using Azure.Data.Tables;

namespace Samspill.Silo.Storage;

/// <summary>
/// Finds grain state written by builds before Orleans' own Azure Table provider (table SamspillGrainState, our
/// former layout), which this build cannot read, so the silo can say so in one line instead of running with
/// every earlier fact silently missing.
/// </summary>
public static class LegacyStateCheck
{
    public const string LegacyTableName = "SamspillGrainState";

    public const string Message =
        "Grain state from an older build was found in table " + LegacyTableName + " and this build cannot read it: development data in .data/ from older builds must be deleted (rm -rf .data) before starting again.";

    /// <summary>True when the legacy table holds at least one row; false when it is absent, empty, or storage does not answer in time.</summary>
    public static async Task<bool> FindsLegacyStateAsync(AzureStorageAccount account, CancellationToken cancellationToken = default)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        var table = account.CreateClient(options).GetTableClient(LegacyTableName);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token))
            {
                return true;
            }
            return false;
        }
        // A missing table (404) is the normal case; unreachable storage is for /health/ready to report, not this check.
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
