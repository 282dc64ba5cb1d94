using Samspill.Grains.Common;
using Samspill.Grains.Live;

namespace Samspill.Grains.Programme;

/// <summary>Stored state of one page of the activity log: its events in sequence order.</summary>
[GenerateSerializer, Alias("Samspill.ActivityLogPageState")]
public sealed class ActivityLogPageState
{
    [Id(0)] public List<LiveEvent> Events { get; set; } = [];
}

/// <summary>One page of the programme's activity history, appended to by the programme topic grain.</summary>
public sealed class ActivityLogPageGrain(
    [PersistentState("activity", StorageNames.Default)] IPersistentState<ActivityLogPageState> state) : Grain, IActivityLogPageGrain
{
    private long Page => this.GetPrimaryKeyLong();

    async Task IActivityLogPageGrain.Append(IReadOnlyList<LiveEvent> events)
    {
        var stored = state.State.Events;
        var fresh = events
            .Where(e => ActivityLog.PageOf(e.Sequence) == Page)
            .Where(e => !stored.Any(s => s.Sequence == e.Sequence || s.EventId == e.EventId))
            .DistinctBy(e => e.Sequence)
            .ToList();
        if (fresh.Count == 0) return;
        stored.AddRange(fresh);
        stored.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        await state.CommitAsync(this);
    }

    Task<IReadOnlyList<LiveEvent>> IActivityLogPageGrain.Read(long atOrBefore, int max)
    {
        Guard.RequireProgramme(CallerContext.Current);
        return Task.FromResult<IReadOnlyList<LiveEvent>>(state.State.Events
            .Where(e => e.Sequence <= atOrBefore)
            .OrderByDescending(e => e.Sequence)
            .Take(Math.Max(0, max))
            .ToList());
    }
}
