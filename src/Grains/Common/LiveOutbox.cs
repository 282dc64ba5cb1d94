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

    /// <summary>
    /// Delivers the outbox with the programme topic's events held back until <paramref name="updateFigures"/> (the
    /// county reports the programme overview is computed from) has run: a dashboard reads the figures again on an
    /// event, and must then read them changed.
    /// </summary>
    public static async Task DeliverAfterFiguresAsync(IGrainFactory grains, IReadOnlyCollection<LiveEventDraft> outbox, Func<Task> updateFigures)
    {
        var toProgramme = outbox.Where(d => d.Topic == LiveTopics.Programme).ToList();
        await DeliverAsync(grains, outbox.Except(toProgramme).ToList());
        await updateFigures();
        await DeliverAsync(grains, toProgramme);
    }
}
