using Samspill.Grains.Cases;

namespace Samspill.Grains.Matching;

/// <summary>
/// CPV groups in different divisions that are bought together, read from the case library: a case listing alarm
/// equipment (351…) and the response-centre service (797…) makes those two groups related.
/// </summary>
public sealed class RelatedCpv
{
    private readonly Dictionary<string, HashSet<string>> _pairs;

    private RelatedCpv(Dictionary<string, HashSet<string>> pairs) => _pairs = pairs;

    public static RelatedCpv Empty { get; } = new([]);

    public static RelatedCpv FromCases(IEnumerable<CaseRecord> cases)
    {
        var pairs = new Dictionary<string, HashSet<string>>();
        foreach (var c in cases)
        {
            var groups = c.Cpv.Where(x => x.Length >= 3).Select(Group).Distinct().ToList();
            foreach (var a in groups)
            foreach (var b in groups.Where(b => b[..2] != a[..2]))
            {
                if (!pairs.TryGetValue(a, out var set)) pairs[a] = set = [];
                set.Add(b);
            }
        }
        return new RelatedCpv(pairs);
    }

    /// <summary>The three-digit CPV group of a code.</summary>
    public static string Group(string code) => code[..3];

    /// <summary>Groups related to any of the codes.</summary>
    public IEnumerable<string> RelatedGroups(IEnumerable<string> codes) =>
        codes.Select(Group).Distinct().SelectMany(g => _pairs.GetValueOrDefault(g) ?? []).Distinct();

    /// <summary>The related pairs between two code lists, as "351-797".</summary>
    public IReadOnlyList<string> Pairs(IEnumerable<string> a, IEnumerable<string> b)
    {
        var other = b.Select(Group).ToHashSet();
        return a.Select(Group).Distinct()
            .SelectMany(g => (_pairs.GetValueOrDefault(g) ?? []).Where(other.Contains).Select(r => $"{g}-{r}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
