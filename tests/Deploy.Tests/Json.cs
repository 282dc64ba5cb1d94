using System.Text.Json;

namespace Samspill.Deploy.Tests;

/// <summary>Short, failing-with-the-path navigation through rendered Kubernetes objects.</summary>
internal static class Json
{
    public static JsonElement At(this JsonElement element, params string[] path) =>
        element.Find(path) ?? throw new Xunit.Sdk.XunitException($"No '{string.Join('.', path)}' in {Describe(element)}.");

    public static JsonElement? Find(this JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var segment in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    public static string? Str(this JsonElement element, params string[] path) =>
        element.Find(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static int? Int(this JsonElement element, params string[] path) =>
        element.Find(path) is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, params string[] path) =>
        element.Find(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    private static string Describe(JsonElement element) =>
        $"{element.Str("kind") ?? "object"} {element.Str("metadata", "name") ?? ""}".Trim();
}
