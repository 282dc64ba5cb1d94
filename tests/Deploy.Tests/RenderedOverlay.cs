using System.Collections.Concurrent;
using System.Text.Json;

namespace Samspill.Deploy.Tests;

/// <summary>An overlay rendered once per test run, the validator's verdict, and the objects it validated.</summary>
internal sealed class RenderedOverlay
{
    private static readonly ConcurrentDictionary<string, Lazy<RenderedOverlay>> Cache = new();

    private RenderedOverlay(string name, ProcessResult validation, IReadOnlyList<JsonElement> objects)
    {
        Name = name;
        Validation = validation;
        Objects = objects;
    }

    public string Name { get; }

    public ProcessResult Validation { get; }

    public IReadOnlyList<JsonElement> Objects { get; }

    public static RenderedOverlay Load(string overlay) =>
        Cache.GetOrAdd(overlay, name => new Lazy<RenderedOverlay>(() => Render(name))).Value;

    public IEnumerable<JsonElement> OfKind(string kind) => Objects.Where(o => o.Str("kind") == kind);

    public JsonElement Single(string kind, string name)
    {
        var matches = OfKind(kind).Where(o => o.Str("metadata", "name") == name).ToList();
        Assert.True(matches.Count == 1, $"{Name}: expected one {kind} named {name}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>Generated objects carry a hash suffix: find them by the name they were generated from.</summary>
    public JsonElement SingleGenerated(string kind, string baseName)
    {
        var matches = OfKind(kind).Where(o => o.Str("metadata", "name")!.StartsWith(baseName + "-", StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"{Name}: expected one generated {kind} {baseName}-<hash>, found {matches.Count}.");
        return matches[0];
    }

    public JsonElement SiloDeployment => Single("Deployment", "samspill-silo");

    public JsonElement SiloContainer =>
        SiloDeployment.At("spec", "template", "spec", "containers").EnumerateArray().Single(c => c.Str("name") == "silo");

    private static RenderedOverlay Render(string overlay)
    {
        var manifests = ManifestValidator.Render(Repository.Path("deploy", "k8s", "overlays", overlay));
        var validation = ManifestValidator.Validate(manifests, json: true);
        // Every check on an overlay stands on a valid render: an invalid one fails them all, loudly.
        Assert.True(validation.ExitCode == 0, $"The schema validator rejected overlay '{overlay}': {validation}");
        var objects = JsonDocument.Parse(validation.Stdout).RootElement.EnumerateArray().ToList();
        return new RenderedOverlay(overlay, validation, objects);
    }
}
