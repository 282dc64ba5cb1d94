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
}
