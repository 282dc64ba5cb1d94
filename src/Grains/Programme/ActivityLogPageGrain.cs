using Samspill.Grains.Common;
using Samspill.Grains.Live;

namespace Samspill.Grains.Programme;

/// <summary>Stored state of one page of the activity log as stored before chunks: its events in sequence order; moved to chunks on activation.</summary>
[GenerateSerializer, Alias("Samspill.ActivityLogPageState")]
public sealed class ActivityLogPageState
{
    [Id(0)] public List<LiveEvent> Events { get; set; } = [];
}

/// <summary>
/// One page of the programme's activity history, appended to by the programme topic grain. Its events are stored in
/// chunks of <see cref="ChunkSize"/> sequences (<see cref="EventPages"/>), so an append rewrites the chunk it lands in,
/// not the whole page: the programme topic archives a batch on every publish in the country.
/// </summary>
public sealed class ActivityLogPageGrain(
    [PersistentState("activity", StorageNames.Default)] IPersistentState<ActivityLogPageState> state) : Grain, IActivityLogPageGrain
{
    /// <summary>Sequences per stored chunk: a page of 128 was about 25 KB a write when full.</summary>
    public const int ChunkSize = 16;

    private long Page => this.GetPrimaryKeyLong();
    private EventPages? _chunks;
    // The page's events in sequence order.
    private readonly List<LiveEvent> _events = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _chunks = EventPages.Of(this, "activity-", ChunkSize, ActivityLog.PageSize / ChunkSize);
        await _chunks.LoadAsync();
        _events.AddRange(_chunks.Events.Concat(state.State.Events).Where(e => ActivityLog.PageOf(e.Sequence) == Page)
            .DistinctBy(e => e.Sequence).OrderBy(e => e.Sequence));
        if (state.State.Events.Count == 0) return;
        // Stored before chunks: the chunks first, then the page's own record without the events (a failure in between
        // reads the same events from both again).
        await GrainCommit.WriteAsync(this, () => _chunks.StoreAsync(_events[0].Sequence, _events[^1].Sequence, _events, 0));
        state.State.Events.Clear();
        await state.CommitAsync(this);
    }

    async Task IActivityLogPageGrain.Append(IReadOnlyList<LiveEvent> events)
    {
        var fresh = events
            .Where(e => ActivityLog.PageOf(e.Sequence) == Page)
            .Where(e => !_events.Any(s => s.Sequence == e.Sequence || s.EventId == e.EventId))
            .DistinctBy(e => e.Sequence)
            .ToList();
        if (fresh.Count == 0) return;
        _events.AddRange(fresh);
        _events.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        try
        {
            await GrainCommit.WriteAsync(this, () => _chunks!.StoreAsync(fresh.Min(e => e.Sequence), fresh.Max(e => e.Sequence), _events, 0));
        }
        catch
        {
            _events.RemoveAll(fresh.Contains);
            throw;
        }
    }

    Task<IReadOnlyList<LiveEvent>> IActivityLogPageGrain.Read(long atOrBefore, int max)
    {
        Guard.RequireProgramme(CallerContext.Current);
        return Task.FromResult<IReadOnlyList<LiveEvent>>(_events
            .Where(e => e.Sequence <= atOrBefore)
            .OrderByDescending(e => e.Sequence)
            .Take(Math.Max(0, max))
            .ToList());
    }
}
