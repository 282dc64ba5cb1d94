using Orleans.Storage;
using Samspill.Grains.Common;

namespace Samspill.Grains.Live;

/// <summary>
/// Numbered events in a ring of <c>slots</c> page records of <c>pageSize</c> sequences each (sequence s is in block
/// (s - 1) / pageSize, stored in slot block % slots), read and written through the grain storage provider under the
/// owner's grain id (state names <c>{prefix}0</c>, <c>{prefix}1</c>, …). A write stores only the pages the new events
/// landed in, so small pages keep each write to a few events; Orleans gives a grain a fixed set of persistent states,
/// hence the storage provider by hand (no served package pages grain state). A live topic keeps its retained events so
/// (the ring turns); an activity log page its 128 sequences (eight slots of 16, the ring never turns).
/// </summary>
/// <remarks>
/// For a topic, pages are the truth: the newest sequence on any page is the topic's last, and a slot still holding an
/// older block only holds events that fell out of retention. A page written by a cycle that then failed holds events
/// whose publisher was told of the failure; the publisher sends them again and the topic's event ids make that harmless.
/// </remarks>
public sealed class EventPages(IGrainStorage storage, GrainId owner, string prefix, int pageSize, int slots)
{
    private readonly GrainState<LiveTopicPage>[] _slots =
        Enumerable.Range(0, slots).Select(_ => new GrainState<LiveTopicPage>(new LiveTopicPage())).ToArray();

    /// <summary>The pages of <paramref name="grain"/> in the grain storage its own state uses (<see cref="StorageNames.Default"/>).</summary>
    public static EventPages Of(IGrainBase grain, string prefix, int pageSize, int slots) =>
        new(PageStorage.Of(grain), grain.GrainContext.GrainId, prefix, pageSize, slots);

    /// <summary>Every event on the pages, as read by <see cref="LoadAsync"/> (possibly older blocks too).</summary>
    public IEnumerable<LiveEvent> Events => _slots.SelectMany(s => s.State!.Events);

    /// <summary>The highest notice mark any page was written with.</summary>
    public long NoticedThrough => _slots.Max(s => s.State!.NoticedThrough);

    /// <summary>Reads every slot at once; a slot never written reads as empty.</summary>
    public async Task LoadAsync()
    {
        await Task.WhenAll(_slots.Select((slot, i) => storage.ReadStateAsync(StateName(i), owner, slot)));
        foreach (var slot in _slots) slot.State ??= new LiveTopicPage();
    }

    /// <summary>
    /// Writes the pages holding sequences <paramref name="from"/> to <paramref name="upTo"/> (none when from &gt; upTo),
    /// each with the events of <paramref name="retained"/> in its block. When this throws, the owner must reload.
    /// </summary>
    public Task StoreAsync(long from, long upTo, IReadOnlyList<LiveEvent> retained, long noticedThrough)
    {
        if (from > upTo) return Task.CompletedTask;
        var writes = new List<Task>();
        for (var block = (from - 1) / pageSize; block <= (upTo - 1) / pageSize; block++)
        {
            var index = (int)(block % _slots.Length);
            var b = block;
            // A fresh list: the owner is reentrant, and events appended meanwhile go with its next write.
            _slots[index].State = new LiveTopicPage
            {
                Block = b,
                Events = retained.Where(e => (e.Sequence - 1) / pageSize == b).ToList(),
                NoticedThrough = noticedThrough,
            };
            writes.Add(storage.WriteStateAsync(StateName(index), owner, _slots[index]));
        }
        return Task.WhenAll(writes);
    }

    /// <summary>Removes every page record (after their events moved elsewhere).</summary>
    public Task ClearAsync() =>
        Task.WhenAll(_slots.Select((slot, i) => slot.RecordExists ? storage.ClearStateAsync(StateName(i), owner, slot) : Task.CompletedTask));

    private string StateName(int slot) => $"{prefix}{slot}";
}
