using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Samspill.Grains.Dialogue;

namespace Samspill.Gateway.Feeds;

/// <summary>
/// Builds the Atom 1.0 feed of announced dialogue events from entries already read: newest announcement first, one
/// entry per event, a cancellation shown in the title and as the entry's update. Pure: no I/O, the clock passed in.
/// </summary>
public static class DialogueEventFeed
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <param name="entries">The events to list.</param>
    /// <param name="link">Makes an absolute (or, without a configured base URL, root-relative) link from a path.</param>
    /// <param name="scope">What the feed is limited to, for its id and title ("" for all, "fylke 18", "CPV 33").</param>
    /// <param name="selfPath">The path (with query) this feed is served at.</param>
    /// <param name="now">When no event has been announced yet, the feed's updated time.</param>
    public static string Render(IEnumerable<DialogueFeedEntry> entries, Func<string, string> link, string scope, string selfPath, DateTimeOffset now)
    {
        var items = entries
            // The order of DialogueEventListing's AnnouncedNewest, so the feed and GraphQL list ties alike.
            .OrderByDescending(e => e.Event.AnnouncedAt)
            .ThenBy(e => e.Event.StartsAt)
            .ThenBy(e => e.Event.Id, StringComparer.Ordinal)
            .Select(e => Item(e, link))
            .ToList();
        var feed = new SyndicationFeed(
            string.IsNullOrEmpty(scope) ? "Samspill: dialogmøter" : $"Samspill: dialogmøter – {scope}",
            "Kunngjorte dialogmøter der kommuner som kjøper inn sammen, vil høre hva markedet kan tilby.",
            AbsoluteOrNull(link("/dialogmoter")),
            FeedId(scope),
            items.Count == 0 ? now : items.Max(i => i.LastUpdatedTime))
        {
            Language = "nb",
            Items = items,
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Samspill" });
        feed.Links.Add(new SyndicationLink(new Uri(link(selfPath), UriKind.RelativeOrAbsolute), "self", null, "application/atom+xml", 0));
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = true }))
            feed.SaveAsAtom10(writer);
        // StringBuilder output says utf-16 in the declaration; the response is UTF-8.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>The feed's stable id: one per scope, so feed readers keep the subscriptions apart.</summary>
    public static string FeedId(string scope) =>
        string.IsNullOrEmpty(scope) ? "urn:samspill:feeds:dialogue-events" : $"urn:samspill:feeds:dialogue-events:{scope.Replace(' ', ':')}";

    private static SyndicationItem Item(DialogueFeedEntry entry, Func<string, string> link)
    {
        var e = entry.Event;
        var cancelled = e.Status == DialogueEventStatus.Cancelled;
        var title = $"{(cancelled ? "Avlyst: " : "")}{KindName(e.Kind)}: {e.Title}";
        var item = new SyndicationItem
        {
            Id = $"urn:samspill:dialogue-event:{e.Id}",
            Title = new TextSyndicationContent(title),
            Summary = new TextSyndicationContent(Summary(entry)),
            PublishDate = e.AnnouncedAt,
            LastUpdatedTime = cancelled && e.CancelledAt is { } at ? at : e.AnnouncedAt,
        };
        item.Authors.Add(new SyndicationPerson { Name = entry.LeadName });
        item.Links.Add(new SyndicationLink(new Uri(link($"/dialogmoter/{Uri.EscapeDataString(e.Id)}"), UriKind.RelativeOrAbsolute), "alternate", title, "text/html", 0));
        item.Links.Add(new SyndicationLink(new Uri(link($"/dialogue-events/{Uri.EscapeDataString(e.Id)}.ics"), UriKind.RelativeOrAbsolute), "related", "Legg til i kalender", "text/calendar", 0));
        foreach (var code in e.Cpv) item.Categories.Add(new SyndicationCategory(code, "urn:samspill:cpv", null));
        foreach (var county in entry.CountyNumbers) item.Categories.Add(new SyndicationCategory(county, "urn:samspill:county", null));
        return item;
    }

    private static string Summary(DialogueFeedEntry entry)
    {
        var e = entry.Event;
        var lines = new List<string>
        {
            $"{entry.ConsortiumTitle} ({string.Join(", ", entry.MunicipalityNames)}).",
            $"Tid: {Local(e.StartsAt)} – {Local(e.EndsAt)}.",
        };
        if (!string.IsNullOrWhiteSpace(e.Location)) lines.Add($"Sted: {e.Location}.");
        lines.Add($"Påmeldingsfrist: {Local(e.RegistrationDeadline)}.");
        if (e.Capacity is { } capacity) lines.Add($"Ledige plasser: {Math.Max(0, capacity - e.AttendeeCount)} av {capacity}.");
        if (e.Status == DialogueEventStatus.Cancelled) lines.Add($"Avlyst: {e.CancelReason}");
        lines.Add(e.Description);
        return string.Join('\n', lines);
    }

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Oslo).ToString("d. MMMM yyyy 'kl.' HH:mm", Norwegian);

    private static string KindName(DialogueEventKind kind) => kind switch
    {
        DialogueEventKind.Conference => "Dialogkonferanse",
        DialogueEventKind.OneToOneMeetings => "En-til-en-møter",
        DialogueEventKind.Webinar => "Webinar",
        _ => "Dialogmøte",
    };

    private static Uri? AbsoluteOrNull(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;
}
