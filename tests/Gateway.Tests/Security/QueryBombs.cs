using System.Text;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// The query bombs of issue 18, as text. Shared with bench/QueryCost, which measures the CPU each costs to refuse;
/// the tests only check that each is refused.
/// </summary>
public static class QueryBombs
{
    /// <summary>Fragments that each spread the next twice: 2^levels fields once expanded, about 45 bytes a level.</summary>
    public static string FragmentBomb(int levels, string leaf = "{ needs(first: 1) { totalCount } }", string root = "query")
    {
        var text = new StringBuilder($"{root} {{ ...F0 }}\n");
        for (var i = 0; i < levels; i++)
            text.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        text.Append($"fragment F{levels} on Query {leaf}\n");
        return text.ToString();
    }

    /// <summary>The same doubling through the schema's own introspection fields, which are exempt from complexity.</summary>
    public static string IntrospectionFragmentBomb(int levels)
    {
        var text = new StringBuilder("{ __schema { ...S0 } }\n");
        for (var i = 0; i < levels; i++)
            text.Append($"fragment S{i} on __Schema {{ ...S{i + 1} ...S{i + 1} }}\n");
        text.Append($"fragment S{levels} on __Schema {{ types {{ name fields {{ name }} }} }}\n");
        return text.ToString();
    }

    /// <summary>One field repeated: nothing nests, everything merges, validation compares every pair.</summary>
    public static string RepeatedFields(int count) =>
        "{ " + string.Concat(Enumerable.Repeat("__typename ", count)) + "}";

    /// <summary>The whole schema under many aliases: a small request with a very large answer.</summary>
    public static string IntrospectionAliases(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name type {{ name }} }} }} }} ")) + "}";

    /// <summary>The same costly lookup under many aliases, each id unknown.</summary>
    public static string LookupAliases(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"e{i}: dialogueEvent(id: \"{Guid.NewGuid():N}\") {{ id }} ")) + "}";

    /// <summary>Every bomb of the issue, at the size the attacker used, by name.</summary>
    public static IReadOnlyList<(string Name, string Query)> All() =>
    [
        ("fragment bomb, 22 levels", FragmentBomb(22)),
        ("fragment bomb, 26 levels", FragmentBomb(26)),
        ("fragment bomb, 40 levels", FragmentBomb(40)),
        ("introspection fragment bomb, 22 levels", IntrospectionFragmentBomb(22)),
        ("20,000 repeated fields", RepeatedFields(20_000)),
        ("1,000 introspection aliases", IntrospectionAliases(1_000)),
        ("10 introspection aliases", IntrospectionAliases(10)),
        ("2,000 lookup aliases", LookupAliases(2_000)),
    ];
}
