using Samspill.Grains.Common;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>
/// Similar needs over a <see cref="SearchIndex"/>: the index picks candidates by text and CPV, then
/// <see cref="NeedSimilarity"/> scores them with the figures behind each reason. Plain code, so the grain and the
/// bench run exactly the same path. Analysing a candidate's text is most of a query's cost, so an owner that keeps
/// each need's terms (<see cref="TermsOf"/>) passes them in.
/// </summary>
public static class SimilarNeedFinder
{
    public static IReadOnlyList<NeedMatch> Find(SearchIndex index, IReadOnlyDictionary<string, NeedRecord> needs, RelatedCpv related,
        ReferenceCatalog catalog, NeedRecord need, IReadOnlyCollection<string> audiences, int first,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? analysed = null)
    {
        var take = Math.Clamp(first, 0, PageSizes.SimilarNeedsMax);
        var own = catalog.Municipality(need.Municipality);
        if (take == 0 || own is null) return [];
        var terms = NorwegianTextAnalyzer.Terms($"{need.Title}\n{need.Description}");
        var prefixes = need.Cpv.SelectMany(SearchIndex.CpvPrefixes).Concat(related.RelatedGroups(need.Cpv)).Distinct().ToList();
        var candidates = index.CandidateNeeds(terms, prefixes, audiences, need.Municipality, need.FromCaseId, Math.Max(60, take * 4));
        var idf = index.Idf();
        var termSet = terms.ToHashSet();
        return candidates
            .Select(c => needs.GetValueOrDefault(c.Id))
            .OfType<NeedRecord>()
            .Select(other => NeedSimilarity.Score(need, other, own, catalog.Municipality(other.Municipality)!,
                TextSimilarity.Of(termSet, analysed?.GetValueOrDefault(other.Id) ?? TermsOf(other), idf), related))
            .OfType<NeedMatch>()
            .OrderByDescending(m => m.Score).ThenBy(m => m.Need.Id, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    /// <summary>The analysed terms of a need's text, as similarity compares them; an owner may keep them per need.</summary>
    public static IReadOnlyList<string> TermsOf(NeedRecord need) =>
        NorwegianTextAnalyzer.Terms($"{need.Title}\n{need.Description}");
}
