using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Matching;

/// <summary>
/// Scores how well two needs could be pooled. CPV overlap dominates (shared depth in the CPV tree), then the
/// overlap of the time windows; text, size, county and small-district likeness break ties.
/// </summary>
public static class NeedMatcher
{
    /// <summary>Score from which a match is pushed to the municipalities as a partner suggestion.</summary>
    public const double SuggestionThreshold = 0.5;

    private const double CpvWeight = 0.55, TimelineWeight = 0.2, TextWeight = 0.13, SizeWeight = 0.04, CountyWeight = 0.04, SmallWeight = 0.04;

    public static bool IsCandidate(NeedRecord need, NeedRecord other) =>
        other.Id != need.Id && other.Municipality != need.Municipality && !other.IsWithdrawn &&
        other.ConsortiumId is null && other.OpenToCollaboration && CpvOverlap(need, other) > 0;

    public static NeedMatch? Score(NeedRecord need, NeedRecord other, MunicipalityInfo own, MunicipalityInfo theirs)
    {
        if (!IsCandidate(need, other)) return null;
        var parts = new List<(MatchReason Reason, double Value)>
        {
            (MatchReason.CpvOverlap, CpvWeight * CpvOverlap(need, other)),
            (MatchReason.TimelineOverlap, TimelineWeight * TimelineOverlap(need, other)),
            (MatchReason.TextSimilarity, TextWeight * TextSimilarity(need, other)),
            (MatchReason.SimilarSize, SizeWeight * SizeSimilarity(own.Population, theirs.Population)),
            (MatchReason.SameCounty, own.CountyNumber == theirs.CountyNumber ? CountyWeight : 0),
            (MatchReason.BothSmallDistrict, own.SmallDistrict && theirs.SmallDistrict ? SmallWeight : 0),
        };
        var score = Math.Round(parts.Sum(p => p.Value), 4);
        var reasons = parts.Where(p => p.Value >= Threshold(p.Reason)).OrderByDescending(p => p.Value).Select(p => p.Reason).ToList();
        return new NeedMatch(other, Math.Clamp(score, 0, 1), reasons);
    }

    /// <summary>Best shared depth over all code pairs, relative to the deeper code of the pair (0..1).</summary>
    public static double CpvOverlap(NeedRecord a, NeedRecord b)
    {
        var best = 0.0;
        foreach (var x in a.Cpv)
        foreach (var y in b.Cpv)
        {
            var depth = CpvTree.SharedDepth(x, y);
            if (depth < 2) continue;
            var deeper = Math.Max(CpvTree.SignificantPrefix(x).Length, CpvTree.SignificantPrefix(y).Length);
            best = Math.Max(best, (double)depth / deeper);
        }
        return best;
    }

    /// <summary>Overlapping days relative to the shorter window; 0 when either window is unknown.</summary>
    public static double TimelineOverlap(NeedRecord a, NeedRecord b)
    {
        if (a.NeededFrom is not { } af || a.NeededTo is not { } at || b.NeededFrom is not { } bf || b.NeededTo is not { } bt) return 0;
        var start = af > bf ? af : bf;
        var end = at < bt ? at : bt;
        if (end < start) return 0;
        var overlap = end.DayNumber - start.DayNumber + 1;
        var shorter = Math.Min(at.DayNumber - af.DayNumber + 1, bt.DayNumber - bf.DayNumber + 1);
        return Math.Min(1, (double)overlap / shorter);
    }

    /// <summary>Jaccard similarity of the word sets of title and description.</summary>
    public static double TextSimilarity(NeedRecord a, NeedRecord b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0) return 0;
        return (double)wa.Intersect(wb).Count() / wa.Union(wb).Count();
    }

    private static double SizeSimilarity(int a, int b) => a <= 0 || b <= 0 ? 0 : (double)Math.Min(a, b) / Math.Max(a, b);

    private static double Threshold(MatchReason reason) => reason switch
    {
        MatchReason.TextSimilarity => TextWeight * 0.15,
        MatchReason.SimilarSize => SizeWeight * 0.5,
        MatchReason.TimelineOverlap => TimelineWeight * 0.1,
        _ => 1e-9,
    };

    private static HashSet<string> Words(NeedRecord need) =>
        $"{need.Title} {need.Description}".ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '!', '?', '(', ')', '\n', '\r', '\t', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2).ToHashSet();
}
