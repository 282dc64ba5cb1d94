using Samspill.Grains.Live;

namespace Samspill.Grains.Programme;

/// <summary>
/// Where programme events are archived: sequence s (1, 2, …) lives on page (s - 1) / <see cref="PageSize"/>, so a
/// page stays small however long the history grows (and is stored in chunks, see <see cref="ActivityLogPageGrain"/>).
/// </summary>
public static class ActivityLog
{
    public const int PageSize = 128;

    public static long PageOf(long sequence) => (sequence - 1) / PageSize;

    /// <summary>Appends the events to their pages; safe to repeat.</summary>
    public static Task AppendAsync(IGrainFactory grains, IReadOnlyCollection<LiveEvent> events) =>
        events.Count == 0
            ? Task.CompletedTask
            : Task.WhenAll(events.GroupBy(e => PageOf(e.Sequence))
                .Select(page => grains.GetGrain<IActivityLogPageGrain>(page.Key).Append(page.ToList())));
}
