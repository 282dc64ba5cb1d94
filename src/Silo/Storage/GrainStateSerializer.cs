using System.Text.Json;
using Orleans.Storage;
using Samspill.Grains;
using Samspill.Grains.Common;

namespace Samspill.Silo.Storage;

/// <summary>
/// The grain storage serializer: System.Text.Json in the stored form of <see cref="GrainStateJson"/> (no CLR type
/// names, so renames do not orphan rows), plus the two guards the Azure Table provider lacks: a size limit checked
/// before anything is sent, and one clear line when a stored row does not fit the state type.
/// </summary>
/// <param name="maxPayloadBytes">The limit; only tests lower it, to reach it without writing 752 KiB.</param>
/// <param name="counter">Where each write's bytes are counted, per state type (bench/Throughput reads it).</param>
public sealed class GrainStateSerializer(ILogger? logger = null, int maxPayloadBytes = GrainStateSerializer.MaxPayloadBytes, StateWriteCounter? counter = null) : IGrainStorageSerializer
{
    /// <summary>The largest UTF-8 JSON state written: <see cref="GrainStateJson.MaxBytes"/>.</summary>
    public const int MaxPayloadBytes = GrainStateJson.MaxBytes;

    public BinaryData Serialize<T>(T? input)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(input, GrainStateJson.Options);
        if (bytes.Length > maxPayloadBytes) throw new GrainStateTooLargeException(StateTypeName.Of<T>(), bytes.Length, maxPayloadBytes);
        counter?.Add(StateTypeName.Of<T>(), bytes.Length);
        return new BinaryData(bytes);
    }

    public T Deserialize<T>(BinaryData input)
    {
        try
        {
            // A stored JSON null reads as no record; the provider then hands the grain a fresh state.
            return JsonSerializer.Deserialize<T>(input.ToMemory().Span, GrainStateJson.Options)!;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            var unreadable = new StoredStateUnreadableException(StateTypeName.Of<T>(), e);
            logger?.LogError("{Message}", unreadable.Message);
            throw unreadable;
        }
    }
}
