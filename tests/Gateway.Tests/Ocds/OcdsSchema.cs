using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Generation;

namespace Samspill.Gateway.Tests.Ocds;

/// <summary>
/// The official OCDS 1.1.5 release-package schema (JSON Schema draft-04) with the enquiries extension applied to
/// the release schema, loaded from the copies shipped with the tests.
/// </summary>
public static class OcdsSchema
{
    public const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static readonly Lazy<Task<JsonSchema>> Package = new(LoadAsync);

    /// <summary>The validation errors of a release package (empty when it is valid).</summary>
    public static async Task<IReadOnlyList<string>> ValidatePackageAsync(string json) =>
        (await Package.Value).Validate(json).Select(e => e.ToString()).ToList();

    /// <summary>The release schema with the extension's merge patch applied.</summary>
    public static JsonNode PatchedReleaseSchema() =>
        MergePatch(Read("release-schema.json"), Read("enquiries-release-schema.json"))!;

    /// <summary>RFC 7386 JSON merge patch.</summary>
    public static JsonNode? MergePatch(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null) result.Remove(name);
            else result[name] = MergePatch(result[name], value);
        }
        return result;
    }

    private static async Task<JsonSchema> LoadAsync()
    {
        var release = await JsonSchema.FromJsonAsync(PatchedReleaseSchema().ToJsonString());
        return await JsonSchema.FromJsonAsync(Read("release-package-schema.json").ToJsonString(), null, schema =>
        {
            var resolver = new JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()));
            resolver.AddDocumentReference(ReleaseSchemaUrl, release);
            return resolver;
        });
    }

    private static JsonNode Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ocds", "schema", file)))!;
}
