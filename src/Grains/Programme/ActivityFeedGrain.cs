using Orleans.Concurrency;
using Samspill.Grains.Common;
using Samspill.Grains.Live;

namespace Samspill.Grains.Programme;

/// <summary>
/// Pages through the activity log newest first. Stateless: the programme topic's latest sequence says where the
/// history ends, and the log pages hold the events.
/// </summary>
[StatelessWorker]
public sealed class ActivityFeedGrain : Grain, IActivityFeedGrain
{
    async Task<ActivityPage> IActivityFeedGrain.Page(long? beforeSequence, int first)
    {
        Guard.RequireProgramme(CallerContext.Current);
        var head = (await GrainFactory.GetGrain<ILiveTopicGrain>(LiveTopics.Programme).Subscribe(null, null)).Sequence;
        var newest = Math.Min(head, (beforeSequence ?? long.MaxValue) - 1);

        // One item more than asked tells whether an older page exists.
        var items = new List<LiveEvent>();
        for (var at = newest; at >= 1 && items.Count <= first;)
        {
            var page = ActivityLog.PageOf(at);
            items.AddRange(await GrainFactory.GetGrain<IActivityLogPageGrain>(page).Read(at, first + 1 - items.Count));
            at = page * ActivityLog.PageSize; // the last sequence of the page before
        }
        return new ActivityPage(items.Take(first).ToList(), items.Count > first, head);
    }

    async Task<ActivityPage> IActivityFeedGrain.Filtered(long? beforeSequence, int first, ActivityFilter filter)
    {
        Guard.RequireProgramme(CallerContext.Current);
        var head = (await GrainFactory.GetGrain<ILiveTopicGrain>(LiveTopics.Programme).Subscribe(null, null)).Sequence;
        var newest = Math.Min(head, (beforeSequence ?? long.MaxValue) - 1);

        // Reads on past the first page's items to count every match in the window.
        var items = new List<LiveEvent>();
        var matches = 0L;
        long? scannedTo = null;
        var pages = 0;
        var ended = false;
        for (var at = newest; at >= 1 && !ended;)
        {
            if (pages++ == ActivityFilter.MaxScannedPages) break;
            var page = ActivityLog.PageOf(at);
            foreach (var e in await GrainFactory.GetGrain<IActivityLogPageGrain>(page).Read(at, ActivityLog.PageSize))
            {
                if (filter.IsPast(e)) { ended = true; break; }
                scannedTo = e.Sequence;
                if (!filter.Matches(e)) continue;
                matches++;
                if (items.Count <= first) items.Add(e);
            }
            at = page * ActivityLog.PageSize;
            if (at < 1) ended = true;
        }

        var returned = items.Take(first).ToList();
        // More exist when a further match was seen, or when the read stopped before the window or the log ended.
        var hasMore = items.Count > first || (!ended && newest >= 1 && scannedTo > 1);
        var cursor = items.Count > first ? returned.LastOrDefault()?.Sequence : scannedTo;
        return new ActivityPage(returned, hasMore, matches, cursor);
    }
}
