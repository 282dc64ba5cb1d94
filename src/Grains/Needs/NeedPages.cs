using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Samspill.Grains.Needs;

/// <summary>
/// One owner's needs in numbered pages, each its own storage record of at most <c>pageSize</c> needs, so storing a
/// changed need rewrites its page and not every need the owner has (a municipality's needs grow without bound; one
/// record holds at most <see cref="GrainStateJson.MaxBytes"/>). Orleans gives a grain a fixed set of persistent states,
/// so the pages are read and written through the grain storage provider itself, under the owner's grain id and the
/// state names <c>{name}-0</c>, <c>{name}-1</c>, …; written by hand because no served package pages grain state.
/// </summary>
/// <remarks>
/// The owner keeps how many pages there are in its own state and writes that after the pages. A page written by a
/// store whose owner then failed to write is either one the owner already counts (it holds what the owner stored
/// anyway) or one past the count, which is never read and is overwritten when the page is made for real.
/// </remarks>
public sealed class NeedPages(IGrainStorage storage, GrainId owner, string name, int pageSize)
{
    private readonly List<GrainState<NeedPageState>> _pages = [];
    private readonly Dictionary<string, int> _pageOf = [];

    /// <summary>Pages of <paramref name="grain"/>'s needs in the grain storage its own state uses (<see cref="StorageNames.Default"/>).</summary>
    public static NeedPages Of(IGrainBase grain, string name, int pageSize) =>
        new(grain.GrainContext.ActivationServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default), grain.GrainContext.GrainId, name, pageSize);

    /// <summary>How many pages are stored: what the owner keeps in its state.</summary>
    public int Count => _pages.Count;

    /// <summary>Reads the first <paramref name="count"/> pages (all at once) and returns every need on them.</summary>
    public async Task<IReadOnlyList<NeedRecord>> LoadAsync(int count)
    {
        _pages.Clear();
        _pageOf.Clear();
        var pages = Enumerable.Range(0, count).Select(_ => new GrainState<NeedPageState>(new NeedPageState())).ToList();
        await Task.WhenAll(pages.Select((page, i) => storage.ReadStateAsync(StateName(i), owner, page)));
        foreach (var page in pages) page.State ??= new NeedPageState(); // a page never written reads as no state
        _pages.AddRange(pages);
        for (var i = 0; i < _pages.Count; i++)
            foreach (var id in NeedsOn(i).Keys) _pageOf[id] = i;
        return Enumerable.Range(0, _pages.Count).SelectMany(i => NeedsOn(i).Values).ToList();
    }

    /// <summary>
    /// Stores <paramref name="needs"/>, each on its page (a need not stored before goes to the last page with room, or a
    /// new one), writing only the pages that changed. When this throws, the owner must reload (drop its activation).
    /// </summary>
    public async Task StoreAsync(IEnumerable<NeedRecord> needs)
    {
        var changed = new HashSet<int>();
        foreach (var need in needs)
        {
            if (!_pageOf.TryGetValue(need.Id, out var page))
            {
                page = _pages.Count > 0 && NeedsOn(_pages.Count - 1).Count < pageSize ? _pages.Count - 1 : await AddPageAsync();
                _pageOf[need.Id] = page;
            }
            NeedsOn(page)[need.Id] = need;
            changed.Add(page);
        }
        await Task.WhenAll(changed.Select(i => storage.WriteStateAsync(StateName(i), owner, _pages[i])));
    }

    /// <summary>A new last page. Read first: a store that failed half-way may have left a record there, whose ETag the write needs.</summary>
    private async Task<int> AddPageAsync()
    {
        var page = new GrainState<NeedPageState>(new NeedPageState());
        await storage.ReadStateAsync(StateName(_pages.Count), owner, page);
        page.State = new NeedPageState();
        _pages.Add(page);
        return _pages.Count - 1;
    }

    private Dictionary<string, NeedRecord> NeedsOn(int page) => _pages[page].State!.Needs;

    private string StateName(int page) => $"{name}-{page}";
}
