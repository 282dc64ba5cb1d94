namespace Samspill.Grains.Common;

/// <summary>An entry of a directory grain: a copy of another grain's summary, identified and versioned by that grain.</summary>
public interface IDirectoryEntry
{
    string Id { get; }

    long Version { get; }
}

/// <summary>
/// The one shape of a directory grain (consortia, dialogue events): copies of other grains' summaries by id, a newer
/// version replacing an older one, committed before they are passed on (a failed write leaves the stored copy in
/// memory too). The caller passes the stored copy on also when nothing changed, so a retried delivery still arrives.
/// </summary>
public static class DirectoryEntries
{
    /// <summary>Stores <paramref name="entry"/> when it is newer than the copy held; returns the copy now held.</summary>
    public static async Task<TEntry> UpsertAsync<TState, TEntry>(this IPersistentState<TState> state, IGrainBase grain, IDictionary<string, TEntry> entries, TEntry entry)
        where TEntry : IDirectoryEntry
    {
        var had = entries.TryGetValue(entry.Id, out var known);
        if (had && known!.Version >= entry.Version) return known;
        entries[entry.Id] = entry;
        try
        {
            await state.CommitAsync(grain);
        }
        catch
        {
            if (had) entries[entry.Id] = known!; else entries.Remove(entry.Id);
            throw;
        }
        return entry;
    }
}
