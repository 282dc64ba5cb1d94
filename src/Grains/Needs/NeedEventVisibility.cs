using System.Text.Json;
using Samspill.Grains.Live;
using Samspill.Grains.Municipalities;

namespace Samspill.Grains.Needs;

/// <summary>
/// Current visibility wins over what an event carried when it was published: an event that names a need
/// (<c>needId</c>, <c>matchedNeedId</c>) is shown to a caller only while that caller can read every need it names
/// through <c>need(id)</c>; otherwise the whole entry is left out. One rule for the live hub's replays and the
/// programme's activity feed, so the two never disagree.
/// </summary>
public static class NeedEventVisibility
{
    private static readonly string[] NeedFields = ["needId", "matchedNeedId"];

    /// <summary>The need ids an event's data names.</summary>
    public static IReadOnlyList<string> NeedIdsOf(string dataJson)
    {
        using var doc = JsonDocument.Parse(dataJson);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
        return NeedFields.Select(f => doc.RootElement.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .OfType<string>().ToList();
    }

    /// <summary>The events the caller in <see cref="Common.CallerContext"/> may read now, in their order.</summary>
    public static async Task<IReadOnlyList<LiveEvent>> VisibleAsync(IGrainFactory grains, IReadOnlyList<LiveEvent> events)
    {
        var named = events.Select(e => (Event: e, Needs: NeedIdsOf(e.DataJson))).ToList();
        var ids = named.SelectMany(n => n.Needs).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return events;
        // The owner answers with the caller's view of its need; a malformed id names nothing anyone can read.
        var answers = await Task.WhenAll(ids.Select(async id =>
            (Id: id, Visible: NeedIds.MunicipalityOf(id) is { } owner && await grains.GetGrain<IMunicipalityGrain>(owner).GetNeed(id) is not null)));
        var visible = answers.Where(a => a.Visible).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return named.Where(n => n.Needs.All(visible.Contains)).Select(n => n.Event).ToList();
    }
}
