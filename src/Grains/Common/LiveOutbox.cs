using Samspill.Grains.Live;

namespace Samspill.Grains.Common;

/// <summary>
/// Delivers the events a grain stored in its outbox to their topic grains. Events are persisted with the state
/// change they report, delivered after it, and re-delivered on activation; topics drop duplicates by id.
/// </summary>
public static class LiveOutbox
{
    public static async Task DeliverAsync(IGrainFactory grains, IReadOnlyCollection<LiveEventDraft> outbox)
    {
        if (outbox.Count == 0) return;
        await Task.WhenAll(outbox.GroupBy(d => d.Topic)
            .Select(g => grains.GetGrain<ILiveTopicGrain>(g.Key).Publish(g.ToList())));
    }
}
