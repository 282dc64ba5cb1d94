namespace Samspill.Grains.Dialogue;

/// <summary>The order of a listing of announced events.</summary>
public enum DialogueEventOrder { StartsAt, AnnouncedNewest }

/// <summary>What a caller asks of the listing of announced events; every part is optional.</summary>
public sealed record DialogueEventCriteria
{
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    /// <summary>Leading digits of CPV codes; an event matches when any of its codes starts with any of them.</summary>
    public IReadOnlyList<string> CpvPrefixes { get; init; } = [];
    public string? ConsortiumId { get; init; }
    /// <summary>A county of the lead or of a member municipality.</summary>
    public string? County { get; init; }
    public DialogueEventKind? Kind { get; init; }
    /// <summary>Leave out events that are cancelled or have ended.</summary>
    public bool UpcomingOnly { get; init; }
    public DialogueEventOrder Order { get; init; } = DialogueEventOrder.StartsAt;
}

/// <summary>
/// Which announced events a listing shows, and in what order. Filtering happens here, before paging, so that a
/// page, its totalCount and "next page" all describe the same filtered list.
/// </summary>
public static class DialogueEventListing
{
    public static IReadOnlyList<DialogueEventSummary> Select(IEnumerable<DialogueEventSummary> events, DialogueEventCriteria criteria, DateTimeOffset now)
    {
        var chosen = events
            .Where(e => criteria.From is null || e.StartsAt >= criteria.From)
            .Where(e => criteria.To is null || e.StartsAt <= criteria.To)
            .Where(e => criteria.ConsortiumId is null || e.ConsortiumId == criteria.ConsortiumId)
            .Where(e => criteria.Kind is null || e.Kind == criteria.Kind)
            .Where(e => criteria.County is null || (e.Counties ?? []).Contains(criteria.County))
            .Where(e => criteria.CpvPrefixes.Count == 0 || e.Cpv.Any(code => criteria.CpvPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal))))
            .Where(e => !criteria.UpcomingOnly || (!e.Cancelled && e.EndsAt > now));
        var ordered = criteria.Order == DialogueEventOrder.AnnouncedNewest
            ? chosen.OrderByDescending(e => e.AnnouncedAt).ThenBy(e => e.StartsAt)
            : chosen.OrderBy(e => e.StartsAt).ThenBy(e => e.AnnouncedAt);
        return ordered.ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }
}
