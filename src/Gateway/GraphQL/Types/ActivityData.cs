using System.Text.Json;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Reads the ids an activity item's live event data names.</summary>
public static class ActivityData
{
    public static string? ConsortiumId(ActivityItemView e) => Text(e, "consortiumId");

    /// <summary>The municipality the event is about: its own, or a consortium's lead when it was formed.</summary>
    public static string? Municipality(ActivityItemView e) => Text(e, "municipality") ?? Text(e, "lead");

    private static string? Text(ActivityItemView e, string name)
    {
        using var doc = JsonDocument.Parse(e.DataJson);
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v)
            && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}
