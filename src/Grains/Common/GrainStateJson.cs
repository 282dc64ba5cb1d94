using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Samspill.Grains;

/// <summary>The JSON form grain state is stored in (by the silo's grain storage serializer); changing these options changes stored data.</summary>
public static class GrainStateJson
{
    /// <summary>
    /// Web defaults (camelCase names, case-insensitive reads) with enums as strings, so stored rows
    /// survive renamed classes and reordered enum members. Read-only: a change here is a data migration.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// The largest state, in bytes of this JSON, grain storage writes. The Azure Table provider stores it as binary
    /// properties of 64 KiB; Azure counts binary byte for byte against its 1 MiB entity, but Azurite checks an
    /// update's base64 body against 1 MiB, and 752 KiB is what fits there with room for keys and property names.
    /// </summary>
    public const int MaxBytes = 752 * 1024;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Orleans state classes often expose public fields; dropping them silently would lose data.
            IncludeFields = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
