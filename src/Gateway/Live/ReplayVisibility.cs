using System.Text.Json;
using Samspill.Grains.Live;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.Live;

/// <summary>
/// Replayed events pass the GraphQL visibility of the needs they name as it is now, not as it was when they were
/// published: a need made PRIVATE since is left out of every replay to those who can no longer read it (its owner
/// still gets it). Pushes need no check: they leave as the event is published, when the stream's rule held.
/// </summary>
public static class ReplayVisibility
{
    private static readonly string[] NeedFields = ["needId", "matchedNeedId"];

    /// <summary>The events the caller in <see cref="Grains.Common.CallerContext"/> may still read, in order.</summary>
    public static async Task<IReadOnlyList<LiveEvent>> FilterAsync(IGrainFactory grains, IReadOnlyList<LiveEvent> events)
    {
        var named = events.Select(e => (Event: e, Needs: NeedsOf(e))).ToList();
        var ids = named.SelectMany(n => n.Needs).Distinct().ToList();
        if (ids.Count == 0) return events;
        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var byOwner in ids.GroupBy(NeedIds.MunicipalityOf))
        {
            if (byOwner.Key is null) continue;
            var owner = grains.GetGrain<IMunicipalityGrain>(byOwner.Key);
            foreach (var id in byOwner)
                if (await owner.GetNeed(id) is not null) visible.Add(id);
        }
        return named.Where(n => n.Needs.All(visible.Contains)).Select(n => n.Event).ToList();
    }

    private static List<string> NeedsOf(LiveEvent e)
    {
        using var doc = JsonDocument.Parse(e.DataJson);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
        return NeedFields.Select(f => doc.RootElement.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .OfType<string>().ToList();
    }
}
