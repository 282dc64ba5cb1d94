using Samspill.Grains.Common;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>One municipality's copies in its county's need index (see <see cref="INeedIndexPartGrain"/>), stored in pages.</summary>
public sealed class NeedIndexPartGrain(
    [PersistentState("needindexpart", StorageNames.Default)] IPersistentState<NeedIndexState> state) : Grain, INeedIndexPartGrain
{
    /// <summary>
    /// Copies per page record; a worst-case copy (1,000 characters of description, JSON-escaped) is about 7.5 KB. Every
    /// publish rewrites the last page, so a small page keeps that write small (50 a page wrote about 14 KB a publish);
    /// pages stored fuller by older builds keep their copies.
    /// </summary>
    public const int CopiesPerPage = 10;
    private readonly Dictionary<string, NeedRecord> _needs = [];
    private NeedPages? _pages;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _pages = NeedPages.Of(this, "needindexpart-needs", CopiesPerPage);
        foreach (var need in await _pages.LoadAsync(state.State.PageCount)) _needs[need.Id] = need;
        // Stored before pages, every copy sat in the part's own record: they move to pages with the next store.
        foreach (var need in state.State.Needs.Values)
            if (NeedIndexRules.IsNewer(_needs.GetValueOrDefault(need.Id), need)) _needs[need.Id] = need;
    }

    async Task INeedIndexPartGrain.Store(IReadOnlyList<NeedRecord> needs)
    {
        var changed = needs.Where(n => NeedIndexRules.IsNewer(_needs.GetValueOrDefault(n.Id), n)).ToList();
        var unpaged = state.State.Needs.Count > 0;
        if (changed.Count == 0 && !unpaged) return;
        await GrainCommit.WriteAsync(this, async () =>
        {
            foreach (var need in changed) _needs[need.Id] = need;
            await _pages!.StoreAsync(unpaged ? _needs.Values : changed);
            if (!unpaged && _pages.Count == state.State.PageCount) return;
            // The page count after the pages: a page past the stored count is never read (see NeedPages).
            state.State.Needs.Clear();
            state.State.PageCount = _pages.Count;
            await state.WriteStateAsync();
        });
    }

    Task<IReadOnlyList<NeedRecord>> INeedIndexPartGrain.All() =>
        Task.FromResult<IReadOnlyList<NeedRecord>>(_needs.Values.ToList());
}
