using System.Text.Json;
using Samspill.Grains.Live;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>A one-line human summary of a live event for the activity feed.</summary>
public static class ActivitySummary
{
    public static string Of(LiveEvent e)
    {
        using var doc = JsonDocument.Parse(e.DataJson);
        var parts = doc.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(p => $"{p.Name}={p.Value}");
        return $"{e.Type}: {string.Join(", ", parts)}";
    }
}
