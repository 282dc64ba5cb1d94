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
