using Azure.Data.Tables;

namespace Samspill.Storage;

/// <summary>The stored layout of one grain state: a schema version and the UTF-8 JSON split over binary properties.</summary>
internal static class GrainStateEntity
{
    public const int SchemaVersion = 1;
    public const string SchemaVersionProperty = "SchemaVersion";
    public const string PayloadBytesProperty = "PayloadBytes";
    public const string ChunkPropertyPrefix = "Data";

    // Azure's own limit per binary property.
    public const int ChunkBytes = 64 * 1024;

    // Binary properties travel base64-encoded (4/3 of the bytes), and Azurite refuses updates whose JSON
    // body exceeds 1 MiB; 752 KiB leaves ~20 KiB for keys and property names under that. The same
    // budget is also well inside Azure's own 1 MiB entity limit, where binary counts byte for byte.
    public const int MaxPayloadBytes = 752 * 1024;

    public static TableEntity Create(string partitionKey, string rowKey, ReadOnlyMemory<byte> payload)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            [SchemaVersionProperty] = SchemaVersion,
            [PayloadBytesProperty] = payload.Length,
        };
        for (int offset = 0, index = 0; offset < payload.Length; offset += ChunkBytes, index++)
        {
            entity[ChunkPropertyPrefix + index] = payload.Slice(offset, Math.Min(ChunkBytes, payload.Length - offset)).ToArray();
        }
        return entity;
    }

    /// <summary>The JSON bytes stored in <paramref name="entity"/>; empty when the state was cleared.</summary>
    public static byte[] ReadPayload(TableEntity entity)
    {
        var version = entity.GetInt32(SchemaVersionProperty);
        if (version != SchemaVersion)
        {
            throw new NotSupportedException($"Grain state row {entity.PartitionKey}/{entity.RowKey} has SchemaVersion {version?.ToString() ?? "(none)"}; this build reads only SchemaVersion {SchemaVersion}.");
        }

        var expected = entity.GetInt32(PayloadBytesProperty) ?? 0;
        var payload = new byte[expected];
        var written = 0;
        for (var index = 0; entity.GetBinary(ChunkPropertyPrefix + index) is { } chunk; index++)
        {
            if (written + chunk.Length > expected) break;
            chunk.CopyTo(payload, written);
            written += chunk.Length;
        }
        if (written != expected)
        {
            throw new InvalidDataException($"Grain state row {entity.PartitionKey}/{entity.RowKey} is damaged: PayloadBytes says {expected}, its Data properties hold {written} or more.");
        }
        return payload;
    }
}
