using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Matching;

/// <summary>
/// Scores how well two needs could be pooled. What the texts say weighs most (the search engine's Norwegian
/// analysis: stems, compound parts, synonyms), then CPV codes (shared depth, or groups the cases show are bought
/// together), then a shared starting case and the time windows; size, county and small-district likeness break ties.
/// Time overlap alone never makes a candidate: a need is one only when its text or its CPV codes are alike.
/// </summary>
public static class NeedSimilarity
{
    private const double TextWeight = 0.45, CpvWeight = 0.25, TimelineWeight = 0.1, CaseWeight = 0.1,
        SizeWeight = 0.03, CountyWeight = 0.04, SmallWeight = 0.03;
    /// <summary>A related CPV pair counts as this share of a full CPV overlap.</summary>
    private const double RelatedShare = 0.6;

    /// <summary>Text this alike makes a candidate on its own.</summary>
    public const double MinText = 0.12;
    /// <summary>Without any CPV code in common or related, the text must be this alike.</summary>
    public const double StrongText = 0.3;
    /// <summary>CPV overlap that makes a candidate on its own (a group shared by short codes, a class by long ones).</summary>
    public const double MinCpv = 0.5;
    /// <summary>A partner suggestion is pushed live only when the problems are alike: text at least this similar…</summary>
    public const double SuggestText = 0.25;
    /// <summary>…and the whole score at least this.</summary>
    public const double SuggestScore = 0.4;

    public static NeedMatch? Score(NeedRecord need, NeedRecord other, MunicipalityInfo own, MunicipalityInfo theirs,
        (double Similarity, IReadOnlyList<string> Matched) text, RelatedCpv related)
    {
        if (other.Id == need.Id || other.Municipality == need.Municipality || other.IsWithdrawn || other.ConsortiumId is not null || !other.OpenToCollaboration)
            return null;
        var cpv = NeedMatcher.CpvOverlap(need, other);
        var level = SharedLevel(need, other);
        var pairs = cpv > 0 ? [] : related.Pairs(need.Cpv, other.Cpv);
        var sameCase = need.FromCaseId is not null && need.FromCaseId == other.FromCaseId;
        var cpvAlike = cpv >= MinCpv || pairs.Count > 0;
        var textAlike = text.Similarity >= MinText;
        var differentCpv = cpv == 0 && pairs.Count == 0;
        if (!(cpvAlike || textAlike || sameCase)) return null;
        if (differentCpv && !sameCase && text.Similarity < StrongText) return null;

        var timeline = NeedMatcher.TimelineOverlap(need, other);
        var details = new List<MatchDetail>
        {
            new() { Reason = MatchReason.TextSimilarity, Value = TextWeight * text.Similarity, Similarity = text.Similarity, MatchedTerms = text.Matched.Take(8).ToList() },
            new() { Reason = MatchReason.CpvOverlap, Value = CpvWeight * cpv, CpvLevel = level },
            new() { Reason = MatchReason.RelatedCpv, Value = pairs.Count > 0 ? CpvWeight * RelatedShare : 0, RelatedCpv = pairs },
            new() { Reason = MatchReason.SameCase, Value = sameCase ? CaseWeight : 0 },
            new() { Reason = MatchReason.TimelineOverlap, Value = TimelineWeight * timeline, MonthsOverlap = MonthsOverlap(need, other) },
            new() { Reason = MatchReason.SimilarSize, Value = SizeWeight * SizeSimilarity(own.Population, theirs.Population) },
            new() { Reason = MatchReason.SameCounty, Value = own.CountyNumber == theirs.CountyNumber ? CountyWeight : 0 },
            new() { Reason = MatchReason.BothSmallDistrict, Value = own.SmallDistrict && theirs.SmallDistrict ? SmallWeight : 0 },
        };
        var score = Math.Round(Math.Clamp(details.Sum(d => d.Value), 0, 1), 4);
        var shown = details.Where(d => d.Value >= Threshold(d.Reason)).OrderByDescending(d => d.Value)
            .Select(d => d with { Value = Math.Round(d.Value, 4) }).ToList();
        if (differentCpv) shown.Add(new MatchDetail { Reason = MatchReason.DifferentCpv, CpvLevel = level });
        return new NeedMatch(other, score, shown.Select(d => d.Reason).ToList(), shown);
    }

    /// <summary>Pushed live only when the problems are alike: time, place or size never suffice.</summary>
    public static bool WorthSuggesting(NeedMatch match) =>
        match.Score >= SuggestScore &&
        (match.Details ?? []).Any(d => d.Reason == MatchReason.TextSimilarity && d.Similarity >= SuggestText);

    /// <summary>Shared significant digits of the closest pair of codes (0 when no division is shared).</summary>
    public static int SharedLevel(NeedRecord a, NeedRecord b) =>
        a.Cpv.SelectMany(x => b.Cpv.Select(y => CpvTree.SharedDepth(x, y))).DefaultIfEmpty(0).Max() is var d && d >= 2 ? d : 0;

    private static int MonthsOverlap(NeedRecord a, NeedRecord b)
    {
        if (a.NeededFrom is not { } af || a.NeededTo is not { } at || b.NeededFrom is not { } bf || b.NeededTo is not { } bt) return 0;
        var start = af > bf ? af : bf;
        var end = at < bt ? at : bt;
        return end < start ? 0 : (int)Math.Round((end.DayNumber - start.DayNumber + 1) / 30.44);
    }

    private static double SizeSimilarity(int a, int b) => a <= 0 || b <= 0 ? 0 : (double)Math.Min(a, b) / Math.Max(a, b);

    private static double Threshold(MatchReason reason) => reason switch
    {
        MatchReason.TextSimilarity => TextWeight * MinText,
        MatchReason.SimilarSize => SizeWeight * 0.5,
        MatchReason.TimelineOverlap => TimelineWeight * 0.1,
        _ => 1e-9,
    };
}
