using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samspill.Silo.Storage;

/// <summary>Unhealthy while the grain state table does not answer a one-row query within a short timeout.</summary>
public sealed class TableStorageHealthCheck : IHealthCheck
{
    /// <summary>Long enough for a loaded emulator, short enough for a readiness probe.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    private readonly TableClient _table;
    private readonly TimeSpan _timeout;

    public TableStorageHealthCheck(AzureStorageAccount account, string tableName, TimeSpan? timeout = null)
    {
        _timeout = timeout ?? DefaultTimeout;
        var clientOptions = new TableClientOptions();
        // A probe must report, not retry: readiness is re-asked anyway.
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Retry.NetworkTimeout = _timeout;
        clientOptions.Retry.Mode = RetryMode.Fixed;
        _table = account.CreateClient(clientOptions).GetTableClient(tableName);
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            // Touches the table itself, so a missing table is as unready as an unreachable endpoint.
            await foreach (var _ in _table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).WithCancellation(timeout.Token))
            {
                break;
            }
            return HealthCheckResult.Healthy($"Table {_table.Name} answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration?.FailureStatus ?? HealthStatus.Unhealthy,
                $"Table {_table.Name} at {_table.Uri.GetLeftPart(UriPartial.Authority)} did not answer within {_timeout.TotalSeconds:0.#} s.", e);
        }
    }
}
