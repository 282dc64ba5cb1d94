using System.Reflection;

namespace Samspill.Grains.Search;

/// <summary>The documented word lists the Norwegian analysis uses, shipped inside the assembly (Search/Data).</summary>
public static class SearchVocabulary
{
    /// <summary>Parts that compounds are split into (compound-parts.txt).</summary>
    public static IReadOnlyList<string> CompoundParts { get; } = Lines("compound-parts.txt");

    /// <summary>Synonym groups in Solr's format, comments removed (synonyms.txt).</summary>
    public static string SynonymRules { get; } = string.Join('\n', Lines("synonyms.txt"));

    private static List<string> Lines(string file)
    {
        var name = $"Samspill.Search.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded search vocabulary {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }
}
