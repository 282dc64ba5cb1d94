using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>
/// A batch of county feed steps applied to a <see cref="SearchIndex"/>: every need indexed first (newest copy per
/// need), so the reader is refreshed at most once for the whole batch (small batches let it lag, see
/// <see cref="SearchIndex.MaxUnrefreshedNeeds"/>), then each step's partner queries answered against it.
/// A query does not see needs that only a later step of the batch brings, so the answers are those of applying the
/// steps one at a time: of two alike needs in one batch, the later finds the earlier and the pair is pushed once.
/// Plain code, so the grain and the bench run exactly the same path.
/// </summary>
public static class NeedFeedBatch
{
    public static IReadOnlyList<IReadOnlyList<NeedMatch>> Apply(SearchIndex index, Dictionary<string, NeedRecord> needs, RelatedCpv related,
        ReferenceCatalog catalog, IReadOnlyList<NeedFeedStep> steps, int first)
    {
        // The step that first brings a need the index did not hold before this batch.
        var arrives = new Dictionary<string, int>(StringComparer.Ordinal);
        var newest = new Dictionary<string, NeedRecord>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var need in steps[i].Needs)
            {
                if (!needs.ContainsKey(need.Id)) arrives.TryAdd(need.Id, i);
                if (NeedIndexRules.IsNewer(newest.GetValueOrDefault(need.Id), need)) newest[need.Id] = need;
            }
        }
        foreach (var need in newest.Values) Upsert(index, needs, catalog, need);

        var answers = new List<IReadOnlyList<NeedMatch>>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].SuggestFor.Count == 0) continue;
            var step = i;
            var audiences = SearchAudience.Of(steps[i].Caller);
            foreach (var need in steps[i].SuggestFor)
                answers.Add(SimilarNeedFinder.Find(index, needs, related, catalog, need, audiences, first,
                    id => arrives.TryGetValue(id, out var s) && s > step, lagging: true));
        }
        return answers;
    }

    /// <summary>Indexes a need, or takes it out when it may no longer be found; <paramref name="needs"/> follows the index.</summary>
    public static void Upsert(SearchIndex index, Dictionary<string, NeedRecord> needs, ReferenceCatalog catalog, NeedRecord need)
    {
        var doc = SearchDocuments.Need(need, catalog);
        if (doc is null)
        {
            if (index.Delete(SearchKind.Need, need.Id, need.UpdatedAt.UtcTicks)) needs.Remove(need.Id);
            return;
        }
        if (index.Upsert(doc)) needs[need.Id] = need;
    }
}
