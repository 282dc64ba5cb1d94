using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Samspill.Storage;

/// <summary>Orleans grain storage keeping each grain state as one Azure Table entity of System.Text.Json.</summary>
public sealed class AzureTableGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The largest UTF-8 JSON form of a state this provider writes.</summary>
    public const int MaxPayloadBytes = GrainStateEntity.MaxPayloadBytes;

    private readonly string _name;
    private readonly AzureTableGrainStorageOptions _options;
    private readonly string _serviceId;
    private readonly IActivatorProvider _activators;
    private readonly ILogger<AzureTableGrainStorage> _logger;
    private readonly TableClient _table;

    public AzureTableGrainStorage(
        string name,
        AzureTableGrainStorageOptions options,
        IOptions<ClusterOptions> clusterOptions,
        IActivatorProvider activators,
        ILogger<AzureTableGrainStorage> logger)
    {
        _name = name;
        _options = options;
        _serviceId = clusterOptions.Value.ServiceId;
        _activators = activators;
        _logger = logger;
        _table = new TableClient(options.ConnectionString, options.TableName);
    }

    /// <summary>Creates the table if it is missing; the silo calls this while starting.</summary>
    public async Task CreateTableIfNotExistsAsync(CancellationToken cancellationToken)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Grain storage {Name} uses table {Table} at {Endpoint}", _name, _table.Name, _table.Uri.GetLeftPart(UriPartial.Authority));
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(AzureTableGrainStorage)}-{_name}", ServiceLifecycleStage.ApplicationServices, CreateTableIfNotExistsAsync);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(
            TableKeyEncoder.PartitionKey(_serviceId, grainId), TableKeyEncoder.RowKey(stateName), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            Reset(grainState, etag: null);
            return;
        }

        var entity = response.Value!;
        var payload = GrainStateEntity.ReadPayload(entity);
        if (payload.Length == 0)
        {
            // A row kept by a clear: it still carries the ETag the next write must match.
            Reset(grainState, entity.ETag.ToString());
            return;
        }

        grainState.State = JsonSerializer.Deserialize<T>(payload, GrainStateJson.Options) ?? CreateDefault<T>();
        grainState.ETag = entity.ETag.ToString();
        grainState.RecordExists = true;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(grainState.State, GrainStateJson.Options);
        if (payload.Length > MaxPayloadBytes)
        {
            throw new GrainStateTooLargeException(stateName, grainId.ToString(), payload.Length, MaxPayloadBytes);
        }

        var entity = GrainStateEntity.Create(TableKeyEncoder.PartitionKey(_serviceId, grainId), TableKeyEncoder.RowKey(stateName), payload);
        grainState.ETag = await PutAsync(entity, grainState.ETag, stateName, grainId, cancellationToken).ConfigureAwait(false);
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var partitionKey = TableKeyEncoder.PartitionKey(_serviceId, grainId);
        var rowKey = TableKeyEncoder.RowKey(stateName);
        if (!_options.DeleteStateOnClear)
        {
            var emptied = GrainStateEntity.Create(partitionKey, rowKey, ReadOnlyMemory<byte>.Empty);
            Reset(grainState, await PutAsync(emptied, grainState.ETag, stateName, grainId, cancellationToken).ConfigureAwait(false));
            return;
        }

        if (grainState.ETag is null)
        {
            // The caller believes there is no row. Azure has no "delete only if absent", so check:
            // a row that exists was written by someone this caller has not seen.
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, [GrainStateEntity.SchemaVersionProperty], cancellationToken).ConfigureAwait(false);
            if (existing.HasValue)
            {
                throw Conflict(stateName, grainId, existing.Value!.ETag.ToString(), null, "clear", null);
            }
        }
        else
        {
            try
            {
                var response = await _table.DeleteEntityAsync(partitionKey, rowKey, new ETag(grainState.ETag), cancellationToken).ConfigureAwait(false);
                // Azure.Data.Tables reports a missing row as success; for a conditional delete it means another writer deleted it.
                if (response.Status == 404) throw Conflict(stateName, grainId, null, grainState.ETag, "clear", null);
            }
            catch (RequestFailedException e) when (IsConcurrencyFailure(e))
            {
                throw Conflict(stateName, grainId, "Unknown", grainState.ETag, "clear", e);
            }
        }
        Reset(grainState, etag: null);
    }

    /// <summary>Inserts when the caller has no ETag, else replaces only the row version the caller last saw.</summary>
    private async Task<string> PutAsync(TableEntity entity, string? etag, string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        try
        {
            var response = etag is null
                ? await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await _table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"Table {_table.Name} returned no ETag for {grainId}/{stateName}.");
        }
        catch (RequestFailedException e) when (IsConcurrencyFailure(e))
        {
            throw Conflict(stateName, grainId, "Unknown", etag, "write", e);
        }
    }

    // 409: insert found a row; 412: ETag mismatch; 404: update or delete found the row gone.
    private static bool IsConcurrencyFailure(RequestFailedException e) => e.Status is 409 or 412 or 404;

    private InconsistentStateException Conflict(string stateName, GrainId grainId, string? storedEtag, string? currentEtag, string operation, Exception? inner) =>
        new($"Could not {operation} state '{stateName}' of {grainId} in table {_table.Name}: the stored row is not the version this grain last read (ETag {currentEtag ?? "none"}).",
            storedEtag ?? "none", currentEtag ?? "none", inner!);

    private void Reset<T>(IGrainState<T> grainState, string? etag)
    {
        grainState.State = CreateDefault<T>();
        grainState.ETag = etag;
        grainState.RecordExists = false;
    }

    // The same activator Orleans uses for a fresh state, so a default state looks the same either way.
    private T CreateDefault<T>() => _activators.GetActivator<T>().Create();
}
