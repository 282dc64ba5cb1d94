using Orleans.Concurrency;
using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>
/// Pages through the activity log newest first. Stateless: the programme topic's latest sequence says where the
/// history ends, and the log pages hold the events. Entries about a need staff can no longer read (made PRIVATE
/// since) are left out, as in a replay of the topic (<see cref="NeedEventVisibility"/>), and not counted.
/// </summary>
[StatelessWorker]
public sealed class ActivityFeedGrain(ReferenceCatalog catalog) : Grain, IActivityFeedGrain
{
    async Task<ActivityPage> IActivityFeedGrain.Page(long? beforeSequence, int first)
    {
        Guard.RequireProgramme(CallerContext.Current);
        var headTask = Head();
        var hiddenTask = HiddenEntries();
        var head = await headTask;
        var newest = Math.Min(head, (beforeSequence ?? long.MaxValue) - 1);

        // One item more than asked tells whether an older page exists; hidden entries make a read come back short.
        var items = new List<LiveEvent>();
        for (var at = newest; at >= 1 && items.Count <= first;)
        {
            var page = ActivityLog.PageOf(at);
            var read = await GrainFactory.GetGrain<IActivityLogPageGrain>(page).Read(at, first + 1 - items.Count);
            if (read.Count == 0)
            {
                at = page * ActivityLog.PageSize; // the last sequence of the page before
                continue;
            }
            items.AddRange(await NeedEventVisibility.VisibleAsync(GrainFactory, read));
            at = read[^1].Sequence - 1;
        }
        return new ActivityPage(items.Take(first).ToList(), items.Count > first, Math.Max(0, head - await hiddenTask));
    }

    async Task<ActivityPage> IActivityFeedGrain.Filtered(long? beforeSequence, int first, ActivityFilter filter)
    {
        Guard.RequireProgramme(CallerContext.Current);
        var head = await Head();
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
            var candidates = new List<LiveEvent>();
            foreach (var e in await GrainFactory.GetGrain<IActivityLogPageGrain>(page).Read(at, ActivityLog.PageSize))
            {
                if (filter.IsPast(e)) { ended = true; break; }
                scannedTo = e.Sequence;
                if (filter.Matches(e)) candidates.Add(e);
            }
            foreach (var e in await NeedEventVisibility.VisibleAsync(GrainFactory, candidates))
            {
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

    private async Task<long> Head() =>
        (await GrainFactory.GetGrain<ILiveTopicGrain>(LiveTopics.Programme).Subscribe(null, null)).Sequence;

    /// <summary>Entries the log holds that staff may no longer read, as the counties' municipalities report them.</summary>
    private async Task<long> HiddenEntries() =>
        (await Task.WhenAll(catalog.Counties.Select(c => GrainFactory.GetGrain<IProgrammeCountyGrain>(c.Number).HiddenActivityEntries()))).Sum();
}
