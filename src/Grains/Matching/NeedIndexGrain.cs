using Samspill.Grains.Common;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Search;

namespace Samspill.Grains.Matching;

/// <summary>
/// A county's need index: a projection of the municipality grains, filtered per caller on the way out. It holds the
/// county's needs in memory and stores them per municipality (<see cref="INeedIndexPartGrain"/>), so an upsert writes
/// one municipality's copies and the cost of a publish does not grow with the county's needs.
/// </summary>
public sealed class NeedIndexGrain(
    // The layout before parts: one entity with every need of the county. Read once to move into parts, then emptied.
    [PersistentState("needindex", StorageNames.Default)] IPersistentState<NeedIndexState> legacy,
    ReferenceCatalog catalog) : Grain, INeedIndexGrain
{
    /// <summary>Descriptions are cut in the index to keep stored parts small; callers load full needs from their owners.</summary>
    public const int DescriptionInIndex = NeedIndexRules.DescriptionInIndex;

    private readonly Dictionary<string, NeedRecord> _needs = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var county = this.GetPrimaryKeyString();
        var parts = await Task.WhenAll(catalog.Municipalities.Where(m => m.CountyNumber == county)
            .Select(m => GrainFactory.GetGrain<INeedIndexPartGrain>(m.Number).All()));
        foreach (var need in parts.SelectMany(p => p)) _needs[need.Id] = need;
        if (legacy.State.Needs.Count > 0)
        {
            var moved = legacy.State.Needs.Values.Where(n => NeedIndexRules.IsNewer(_needs.GetValueOrDefault(n.Id), n)).ToList();
            await StoreAsync(moved);
            legacy.State.Needs.Clear();
            await legacy.CommitAsync(this);
        }
    }

    async Task INeedIndexGrain.Upsert(IReadOnlyList<NeedRecord> needs)
    {
        var changed = needs.Where(n => NeedIndexRules.IsNewer(_needs.GetValueOrDefault(n.Id), n)).Select(NeedIndexRules.Trimmed).ToList();
        // The search index is fed by the municipality through the county's INeedFeedGrain, after the acknowledgement.
        await StoreAsync(changed);
    }

    private async Task StoreAsync(IReadOnlyList<NeedRecord> changed)
    {
        if (changed.Count == 0) return;
        // A part that failed to store its copies makes this reload from the parts rather than serve what is not stored.
        await GrainCommit.WriteAsync(this, () => Task.WhenAll(changed.GroupBy(n => n.Municipality)
            .Select(g => GrainFactory.GetGrain<INeedIndexPartGrain>(g.Key).Store(g.ToList()))));
        foreach (var need in changed) _needs[need.Id] = need;
    }

    Task<IReadOnlyList<NeedRecord>> INeedIndexGrain.Snapshot() =>
        Task.FromResult<IReadOnlyList<NeedRecord>>(_needs.Values.ToList());

    Task<IReadOnlyList<NeedRecord>> INeedIndexGrain.Search(NeedSearch search)
    {
        var caller = CallerContext.Current;
        var cpvPrefix = CpvTree.FilterPrefix(search.CpvPrefix);
        var text = search.Text?.Trim();
        IReadOnlyList<NeedRecord> result = _needs.Values
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
