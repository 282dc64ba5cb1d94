using System.Text.Json;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>A one-line human summary of a live event for the programme's activity feed.</summary>
public static class ActivitySummary
{
    public static string Of(ActivityItemView e, ReferenceCatalog catalog)
    {
        using var doc = JsonDocument.Parse(e.DataJson);
        var data = doc.RootElement;
        string Text(string name) => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.ToString()
            : "";
        string Place(string name) => catalog.Municipality(Text(name))?.Name ?? Text(name);

        return e.Type switch
        {
            "NeedPublished" => $"{Place("municipality")} published a need: {Text("title")}",
            "NeedWithdrawn" => $"{Place("municipality")} withdrew a need",
            "ConsortiumCreated" => $"{Place("lead")} formed the consortium {Text("title")}",
            "MemberJoined" => $"{Place("municipality")} joined a consortium",
            "MemberDeclined" => $"{Place("municipality")} declined an invitation to a consortium",
            "MemberLeft" => $"{Place("municipality")} left a consortium",
            "PhaseChanged" => $"A consortium moved from {Text("from")} to {Text("to")}",
            "DialogueEventAnnounced" => $"A consortium announced a dialogue event: {Text("title")}",
            "DialogueEventCancelled" => $"A dialogue event was cancelled: {Text("reason")}",
            "ProcurementStatisticsReported" =>
                $"{Place("municipality")} reported {Text("innovative")} innovative of {Text("total")} procurements in {Text("year")}",
            "CapabilityAssessed" => $"{Place("municipality")} assessed its capability (average {Text("average")})",
            _ => Generic(e.Type, data),
        };
    }

    // Types without a sentence of their own still say what happened, field by field.
    private static string Generic(string type, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object) return type;
        var parts = data.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(p => $"{p.Name}={p.Value}");
        return $"{type}: {string.Join(", ", parts)}";
    }
}
