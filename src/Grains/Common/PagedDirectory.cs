namespace Samspill.Grains.Common;

/// <summary>An entry of a directory grain: a copy of another grain's summary, identified and versioned by that grain.</summary>
public interface IDirectoryEntry
{
    string Id { get; }

    long Version { get; }
}

/// <summary>A directory grain's own stored state: how many pages its entries fill, and its entries as stored before pages.</summary>
public interface IPagedDirectoryState<TEntry>
{
    /// <summary>Every entry, as directories stored them in their own record before pages; moved to pages on activation.</summary>
    Dictionary<string, TEntry> Unpaged { get; }

    int PageCount { get; set; }
}

/// <summary>Stored state of one page of a directory's entries.</summary>
[GenerateSerializer, Alias("Samspill.DirectoryPage`1")]
public sealed class DirectoryPage<TEntry>
{
    [Id(0)] public Dictionary<string, TEntry> Entries { get; set; } = [];
}

/// <summary>
/// The one shape of a directory grain (consortia, dialogue events): copies of other grains' summaries by id, a newer
/// version replacing an older one, committed before they are passed on (a failed write drops the activation). Each entry
/// is stored on its page (<see cref="KeyedPages{TPage, TEntry}"/>), so an upsert rewrites one page, not the whole
/// directory: the country's consortia, with descriptions of up to 10,000 characters, outgrow one record. The caller
/// passes the stored copy on also when nothing changed, so a retried delivery still arrives.
/// </summary>
public sealed class PagedDirectory<TState, TEntry>(IGrainBase grain, IPersistentState<TState> state, string name)
    where TState : IPagedDirectoryState<TEntry>
    where TEntry : IDirectoryEntry
{
    /// <summary>Entries per page record; a worst-case entry (10,000 characters of description, JSON-escaped) is about 62 KB.</summary>
    public const int PageSize = 10;

    private readonly Dictionary<string, TEntry> _entries = [];
    private readonly KeyedPages<DirectoryPage<TEntry>, TEntry> _pages =
        new(PageStorage.Of(grain), grain.GrainContext.GrainId, name, PageSize, page => page.Entries, entry => entry.Id);

    /// <summary>Every entry held.</summary>
    public IReadOnlyCollection<TEntry> Entries => _entries.Values;

    /// <summary>Reads the pages; entries a directory stored in its own record before pages move to pages first.</summary>
    public async Task LoadAsync()
    {
        foreach (var entry in await _pages.LoadAsync(state.State.PageCount)) _entries[entry.Id] = entry;
        var unpaged = state.State.Unpaged;
        if (unpaged.Count == 0) return;
        var moving = unpaged.Values.Where(e => !_entries.TryGetValue(e.Id, out var paged) || paged.Version < e.Version).ToList();
        foreach (var entry in moving) _entries[entry.Id] = entry;
        // The pages first, then the record without them: a failure in between reads the same entries again.
        await GrainCommit.WriteAsync(grain, async () =>
        {
            await _pages.StoreAsync(moving);
            unpaged.Clear();
            state.State.PageCount = _pages.Count;
            await state.WriteStateAsync();
        });
    }

    /// <summary>Stores <paramref name="entry"/> when it is newer than the copy held; returns the copy now held.</summary>
    public async Task<TEntry> UpsertAsync(TEntry entry)
    {
        var had = _entries.TryGetValue(entry.Id, out var known);
        if (had && known!.Version >= entry.Version) return known;
        _entries[entry.Id] = entry;
        try
        {
            await GrainCommit.WriteAsync(grain, async () =>
            {
                await _pages.StoreAsync([entry]);
                if (_pages.Count == state.State.PageCount) return;
                // The page count after the pages: a page past the stored count is never read (see KeyedPages).
                state.State.PageCount = _pages.Count;
                await state.WriteStateAsync();
            });
        }
        catch
        {
            if (had) _entries[entry.Id] = known!; else _entries.Remove(entry.Id);
            throw;
        }
        return entry;
    }
}
