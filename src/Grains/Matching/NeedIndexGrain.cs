using Samspill.Grains.Common;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Search;

namespace Samspill.Grains.Matching;

/// <summary>A county's need index: a projection of the municipality grains, filtered per caller on the way out.</summary>
public sealed class NeedIndexGrain(
    [PersistentState("needindex", StorageNames.Default)] IPersistentState<NeedIndexState> state) : Grain, INeedIndexGrain
{
    /// <summary>Descriptions are cut in the index to keep one county's entity small; callers load full needs from their owners.</summary>
    public const int DescriptionInIndex = 1000;

    async Task INeedIndexGrain.Upsert(IReadOnlyList<NeedRecord> needs)
    {
        var changed = false;
        foreach (var need in needs)
        {
            if (state.State.Needs.TryGetValue(need.Id, out var known) && known.UpdatedAt >= need.UpdatedAt && known.Stage == need.Stage) continue;
            state.State.Needs[need.Id] = need.Description.Length > DescriptionInIndex
                ? need with { Description = need.Description[..DescriptionInIndex] }
                : need;
            changed = true;
        }
        if (changed) await state.WriteStateAsync();
        // Also when unchanged: a retried delivery must reach the search index even if these copies were already stored.
        await GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertNeeds(needs.Select(n => state.State.Needs[n.Id]).ToList());
    }

    Task<IReadOnlyList<NeedRecord>> INeedIndexGrain.Snapshot() =>
        Task.FromResult<IReadOnlyList<NeedRecord>>(state.State.Needs.Values.ToList());

    Task<IReadOnlyList<NeedRecord>> INeedIndexGrain.Search(NeedSearch search)
    {
        var caller = CallerContext.Current;
        var cpvPrefix = CpvTree.FilterPrefix(search.CpvPrefix);
        var text = search.Text?.Trim();
        IReadOnlyList<NeedRecord> result = state.State.Needs.Values
            .Where(n => NeedVisibilityRules.CanSee(n, caller))
            .Where(n => search.IncludeWithdrawn || !n.IsWithdrawn)
            .Where(n => !search.PoolableOnly || (!n.IsWithdrawn && n.ConsortiumId is null && n.OpenToCollaboration))
            .Where(n => search.Municipality is null || n.Municipality == search.Municipality)
            .Where(n => search.OpenToCollaboration is null || n.OpenToCollaboration == search.OpenToCollaboration)
            .Where(n => string.IsNullOrEmpty(cpvPrefix) || n.Cpv.Any(c => c.StartsWith(cpvPrefix, StringComparison.Ordinal)))
            .Where(n => string.IsNullOrEmpty(text)
                || n.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                || n.Description.Contains(text, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return Task.FromResult(result);
    }
}
