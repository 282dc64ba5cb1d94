using Samspill.Grains.Matching;

namespace Samspill.Grains.Search;

/// <summary>
/// A need's text as similarNeeds compares it against the index: its analysed terms with their weights, and the few
/// rarest of them that make the candidate query (<see cref="QueryTerms"/>). Valid for the reader it was made from.
/// </summary>
public sealed class SimilarityProbe
{
    /// <summary>At most this many terms make the candidate query, rarest first (as Lucene's MoreLikeThis picks them).</summary>
    public const int MaxQueryTerms = 10;
    /// <summary>
    /// Terms in more than this share of the documents' titles and bodies ("kommune", "kontakt") walk long lists and
    /// rank little; they still count in the text similarity. Chosen with bench/Search (bench/results/search.md).
    /// </summary>
    public const double MaxDocShare = 0.1;
    /// <summary>Below this many documents no term is common enough to leave out: its list costs nothing to walk.</summary>
    public const int MinCommonDocs = 1000;

    private readonly int[] _ids;
    private readonly double[] _weights;
    private readonly TermWeights _table;

    internal SimilarityProbe(IReadOnlyList<string> terms, int[] ids, double[] weights, TermWeights table, int maxQueryTerms, double maxDocShare)
    {
        Terms = terms;
        _ids = ids;
        _weights = weights;
        _table = table;
        WeightSum = weights.Sum();
        // weight = ln(1 + N / (df + 1)), so a term in more than maxDf documents weighs less than this.
        var maxDf = Math.Max(maxDocShare * table.Documents, MinCommonDocs);
        var common = Math.Log(1 + table.Documents / (maxDf + 1));
        var byWeight = Enumerable.Range(0, terms.Count).OrderByDescending(i => weights[i]).ThenBy(i => terms[i], StringComparer.Ordinal).ToList();
        var chosen = byWeight.Where(i => weights[i] >= common).Take(maxQueryTerms).ToList();
        // A text of only common words still needs something to search by.
        if (chosen.Count == 0) chosen = byWeight.Take(2).ToList();
        QueryTerms = chosen.Select(i => terms[i]).ToList();
    }

    /// <summary>The distinct analysed terms of the text.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The terms the candidate query searches by.</summary>
    public IReadOnlyList<string> QueryTerms { get; }

    /// <summary>The sum of the terms' weights.</summary>
    public double WeightSum { get; }

    /// <summary><see cref="TextSimilarity.Of"/> against a need's term ids (ascending), without strings or sets.</summary>
    internal (double Similarity, IReadOnlyList<string> Matched) Compare(int[] other, NeedTerms table)
    {
        if (_ids.Length == 0 || other.Length == 0) return (0, []);
        // Shared weight in the probe's order, as TextSimilarity.Of sums it.
        double shared = 0;
        List<int>? matched = null;
        for (var i = 0; i < _ids.Length; i++)
        {
            if (_ids[i] < 0 || Array.BinarySearch(other, _ids[i]) < 0) continue;
            shared += _weights[i];
            (matched ??= []).Add(i);
        }
        if (matched is null) return (0, []);
        double otherSum = 0;
        foreach (var id in other) otherSum += _table.Of(id);
        if (WeightSum <= 0 || otherSum <= 0) return (0, []);
        var similarity = TextSimilarity.FromWeights(WeightSum, otherSum, shared);
        matched.Sort((x, y) => _weights[y].CompareTo(_weights[x]) is var c && c != 0 ? c : string.CompareOrdinal(Terms[x], Terms[y]));
        return (similarity, matched.Select(i => Terms[i]).ToList());
    }
}
