using Orleans.Storage;

namespace Samspill.Grains.Common;

/// <summary>
/// One owner's entries by id in numbered pages, each its own storage record of at most <c>pageSize</c> entries, so
/// storing a changed entry rewrites its page and not every entry the owner has (one record holds at most
/// <see cref="GrainStateJson.MaxBytes"/>). Orleans gives a grain a fixed set of persistent states, so the pages are read
/// and written through the grain storage provider itself, under the owner's grain id and the state names
/// <c>{name}-0</c>, <c>{name}-1</c>, …; written by hand because no served package pages grain state.
/// </summary>
/// <remarks>
/// The owner keeps how many pages there are in its own state and writes that after the pages. A page written by a
/// store whose owner then failed to write is either one the owner already counts (it holds what the owner stored
/// anyway) or one past the count, which is never read and is overwritten when the page is made for real.
/// </remarks>
public class KeyedPages<TPage, TEntry>(
    IGrainStorage storage, GrainId owner, string name, int pageSize,
    Func<TPage, Dictionary<string, TEntry>> entriesOf, Func<TEntry, string> idOf) where TPage : class, new()
{
    private readonly List<GrainState<TPage>> _pages = [];
    private readonly Dictionary<string, int> _pageOf = [];

    /// <summary>How many pages are stored: what the owner keeps in its state.</summary>
    public int Count => _pages.Count;

    /// <summary>Reads the first <paramref name="count"/> pages (all at once) and returns every entry on them.</summary>
    public async Task<IReadOnlyList<TEntry>> LoadAsync(int count)
    {
        _pages.Clear();
        _pageOf.Clear();
        var pages = Enumerable.Range(0, count).Select(_ => new GrainState<TPage>(new TPage())).ToList();
        await Task.WhenAll(pages.Select((page, i) => storage.ReadStateAsync(StateName(i), owner, page)));
        foreach (var page in pages) page.State ??= new TPage(); // a page never written reads as no state
        _pages.AddRange(pages);
        for (var i = 0; i < _pages.Count; i++)
            foreach (var id in EntriesOn(i).Keys) _pageOf[id] = i;
        return Enumerable.Range(0, _pages.Count).SelectMany(i => EntriesOn(i).Values).ToList();
    }

    /// <summary>
    /// Stores <paramref name="entries"/>, each on its page (an entry not stored before goes to the last page with room,
    /// or a new one), writing only the pages that changed. When this throws, the owner must reload (drop its activation).
    /// </summary>
    public async Task StoreAsync(IEnumerable<TEntry> entries)
    {
        var changed = new HashSet<int>();
        foreach (var entry in entries)
        {
            var id = idOf(entry);
            if (!_pageOf.TryGetValue(id, out var page))
            {
                page = _pages.Count > 0 && EntriesOn(_pages.Count - 1).Count < pageSize ? _pages.Count - 1 : await AddPageAsync();
                _pageOf[id] = page;
            }
            EntriesOn(page)[id] = entry;
            changed.Add(page);
        }
        await Task.WhenAll(changed.Select(i => storage.WriteStateAsync(StateName(i), owner, _pages[i])));
    }

    /// <summary>A new last page. Read first: a store that failed half-way may have left a record there, whose ETag the write needs.</summary>
    private async Task<int> AddPageAsync()
    {
        var page = new GrainState<TPage>(new TPage());
        await storage.ReadStateAsync(StateName(_pages.Count), owner, page);
        page.State = new TPage();
        _pages.Add(page);
        return _pages.Count - 1;
    }

    private Dictionary<string, TEntry> EntriesOn(int page) => entriesOf(_pages[page].State!);

    private string StateName(int page) => $"{name}-{page}";
}
