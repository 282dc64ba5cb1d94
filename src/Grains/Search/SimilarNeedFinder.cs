using Samspill.Grains.Common;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>
/// Similar needs over a <see cref="SearchIndex"/>: the index picks candidates by the need's rarest terms and its CPV
/// codes, then <see cref="NeedSimilarity"/> scores them with the figures behind each reason, comparing texts through
/// the terms the index keeps per need. Plain code, so the grain and the bench run exactly the same path; the steps
/// are public so the bench can time each.
/// </summary>
public static class SimilarNeedFinder
{
    /// <summary>Candidates fetched per answer wanted (and at least <see cref="MinCandidates"/>), for the re-scoring to choose from.</summary>
    public const int CandidatesPerAnswer = 4, MinCandidates = 60;

    /// <summary>
    /// A need's partners, best first. <paramref name="lagging"/> lets the index answer from a reader a few needs behind
    /// (<see cref="SearchIndex.MaxUnrefreshedNeeds"/>), finding the rest in memory: the county feeds' queries, not a
    /// user's, whose weights must be those of every need written.
    /// </summary>
    public static IReadOnlyList<NeedMatch> Find(SearchIndex index, IReadOnlyDictionary<string, NeedRecord> needs, RelatedCpv related,
        ReferenceCatalog catalog, NeedRecord need, IReadOnlyCollection<string> audiences, int first, Func<string, bool>? exclude = null,
        bool lagging = false)
    {
        var take = Math.Clamp(first, 0, PageSizes.SimilarNeedsMax);
        if (take == 0 || catalog.Municipality(need.Municipality) is null) return [];
        var probe = index.Probe(need.Title, need.Description, lagging: lagging);
        var candidates = Candidates(index, related, need, probe, audiences, take, lagging);
        return Rank(index, needs, related, catalog, need, probe, candidates, take, exclude);
    }

    /// <summary>The index's candidates: by text and CPV (with related groups), visible to the audiences, free to pool.</summary>
    public static IReadOnlyList<(string Id, double Score)> Candidates(SearchIndex index, RelatedCpv related, NeedRecord need,
        SimilarityProbe probe, IReadOnlyCollection<string> audiences, int take, bool lagging = false)
    {
        var prefixes = need.Cpv.SelectMany(SearchIndex.CpvPrefixes).Concat(related.RelatedGroups(need.Cpv)).Distinct().ToList();
        return index.CandidateNeeds(probe, prefixes, audiences, need.Municipality, need.FromCaseId, Math.Max(MinCandidates, take * CandidatesPerAnswer), lagging);
    }

    /// <summary>The candidates scored with their reasons, best first, leaving out those <paramref name="exclude"/> names.</summary>
    public static IReadOnlyList<NeedMatch> Rank(SearchIndex index, IReadOnlyDictionary<string, NeedRecord> needs, RelatedCpv related,
        ReferenceCatalog catalog, NeedRecord need, SimilarityProbe probe, IReadOnlyList<(string Id, double Score)> candidates, int take,
        Func<string, bool>? exclude = null)
    {
        var own = catalog.Municipality(need.Municipality);
        if (own is null) return [];
        var matches = new List<NeedMatch>(candidates.Count);
        foreach (var (id, _) in candidates)
        {
            if (exclude?.Invoke(id) == true) continue;
            if (needs.GetValueOrDefault(id) is not { } other || catalog.Municipality(other.Municipality) is not { } theirs) continue;
            if (NeedSimilarity.Score(need, other, own, theirs, index.TextSimilarity(probe, id), related) is { } m) matches.Add(m);
        }
        return matches.OrderByDescending(m => m.Score).ThenBy(m => m.Need.Id, StringComparer.Ordinal).Take(take).ToList();
    }
}
