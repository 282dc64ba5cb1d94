using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Samspill.Gateway.Feeds;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>GET /feeds/dialogue-events.atom: valid Atom 1.0 (read by an Atom parser and checked against RFC 4287's required elements), filterable by county and CPV division.</summary>
public sealed class DialogueFeedTests(SiloApp app) : IClassFixture<SiloApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_is_valid_atom_and_lists_an_announced_event_with_links_to_its_page_and_calendar()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("3301", "3303", cpv: "48100000-9");
        var announced = await app.AnnounceAsync(lead, DialogueApi.Announcement(id, DateTimeOffset.UtcNow, capacity: 40, title: "Feedkonferanse om programvare"));
        var eventId = announced["id"]!.GetValue<string>();

        var (feed, xml, contentType) = await LoadAsync("/feeds/dialogue-events.atom");
        Assert.Equal("application/atom+xml", contentType);
        var entry = Assert.Single(feed.Items, i => i.Id == $"urn:samspill:dialogue-event:{eventId}");
        Assert.Equal("Dialogkonferanse: Feedkonferanse om programvare", entry.Title.Text);
        Assert.Contains(entry.Links, l => l.RelationshipType == "alternate" && l.Uri.OriginalString.EndsWith($"/dialogmoter/{eventId}", StringComparison.Ordinal));
        Assert.Contains(entry.Links, l => l.RelationshipType == "related" && l.Uri.OriginalString.EndsWith($"/dialogue-events/{eventId}.ics", StringComparison.Ordinal));
        Assert.Contains(entry.Categories, c => c.Name == "48100000-9" && c.Scheme == "urn:samspill:cpv");
        Assert.Contains(entry.Categories, c => c.Name == "33" && c.Scheme == "urn:samspill:county");
        var summary = ((TextSyndicationContent)entry.Summary).Text;
        Assert.Contains("Drammen", summary);
        Assert.Contains("Ledige plasser: 40 av 40.", summary);
        AssertRfc4287(xml);
    }

    [Fact]
    public async Task County_and_cpv_division_filters_keep_only_matching_events()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("3301", "3303", cpv: "48100000-9");
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, DateTimeOffset.UtcNow)))["id"]!.GetValue<string>();
        var entryId = $"urn:samspill:dialogue-event:{eventId}";

        Assert.Contains((await LoadAsync("/feeds/dialogue-events.atom?county=33")).Feed.Items, i => i.Id == entryId);
        Assert.DoesNotContain((await LoadAsync("/feeds/dialogue-events.atom?county=18")).Feed.Items, i => i.Id == entryId);
        Assert.Contains((await LoadAsync("/feeds/dialogue-events.atom?cpv=48")).Feed.Items, i => i.Id == entryId);
        var other = await LoadAsync("/feeds/dialogue-events.atom?cpv=33");
        Assert.DoesNotContain(other.Feed.Items, i => i.Id == entryId);
        Assert.Equal("urn:samspill:feeds:dialogue-events:CPV:33", other.Feed.Id);
        AssertRfc4287(other.Xml);
    }

    [Fact]
    public async Task A_county_feed_keeps_its_events_when_more_than_the_feed_holds_were_announced_since_elsewhere()
    {
        // Two events in Trøndelag (50) on CPV division 90, then more than a feed holds in Nordland (18) on division 48.
        var (trondelag, trondelagLead, _) = await app.ConsortiumInDialogueAsync("5001", "5006", cpv: "90910000-9");
        var older = new List<string>();
        for (var i = 0; i < 2; i++)
            older.Add((await app.AnnounceAsync(trondelagLead, DialogueApi.Announcement(trondelag, DateTimeOffset.UtcNow, title: $"Renhold i Trøndelag {i}")))["id"]!.GetValue<string>());
        var (nordland, nordlandLead, _) = await app.ConsortiumInDialogueAsync("1804", "1806", cpv: "48100000-9");
        var newer = new List<string>();
        for (var i = 0; i <= FeedEndpoints.MaxEntries; i++)
            newer.Add((await app.AnnounceAsync(nordlandLead, DialogueApi.Announcement(nordland, DateTimeOffset.UtcNow, title: $"Programvare i Nordland {i}")))["id"]!.GetValue<string>());

        // The whole country's feed is full of Nordland; Trøndelag's events are not among its newest.
        var all = (await LoadAsync("/feeds/dialogue-events.atom")).Feed.Items.Select(EventId).ToList();
        Assert.Equal(FeedEndpoints.MaxEntries, all.Count);
        Assert.Empty(all.Intersect(older));

        foreach (var (query, filter) in new[] { ("county=50", "{ county: \"50\" }"), ("cpv=90", "{ cpvPrefix: \"90\" }"), ("county=18", "{ county: \"18\" }") })
        {
            var (feed, xml, _) = await LoadAsync($"/feeds/dialogue-events.atom?{query}");
            AssertRfc4287(xml);
            var listed = feed.Items.Select(EventId).ToList();
            // The same selection and order as GraphQL's filter, newest announcement first, capped at what a feed holds.
            var graphql = (await app.GraphQLAsync($"{{ dialogueEvents(filter: {filter}, orderBy: ANNOUNCED_NEWEST, first: {FeedEndpoints.MaxEntries}) {{ nodes {{ id }} }} }}"))
                .Ok()["dialogueEvents"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
            Assert.Equal(graphql, listed);
            Assert.True(listed.Count <= FeedEndpoints.MaxEntries);
            if (query != "county=18")
            {
                Assert.Equal(older.AsEnumerable().Reverse(), listed);
                Assert.All(feed.Items, i => Assert.Contains(i.Categories, c => c.Scheme == "urn:samspill:county" && c.Name == "50"));
            }
            else
            {
                Assert.Equal(FeedEndpoints.MaxEntries, listed.Count);
                Assert.Equal(newer.AsEnumerable().Reverse().Take(FeedEndpoints.MaxEntries), listed);
            }
        }
    }

    private static string EventId(SyndicationItem item) => item.Id["urn:samspill:dialogue-event:".Length..];

    [Fact]
    public async Task A_cancelled_event_stays_in_the_feed_marked_as_cancelled_with_a_later_update()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("3301", "3303");
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, DateTimeOffset.UtcNow, title: "Skal avlyses")))["id"]!.GetValue<string>();
        var before = Assert.Single((await LoadAsync("/feeds/dialogue-events.atom")).Feed.Items, i => i.Id.EndsWith(eventId, StringComparison.Ordinal));
        (await app.GraphQLAsync("mutation($e: ID!) { cancelDialogueEvent(id: $e, reason: \"Flyttet til våren\") { id } }", new { e = eventId }, lead)).Ok();

        var after = Assert.Single((await LoadAsync("/feeds/dialogue-events.atom")).Feed.Items, i => i.Id.EndsWith(eventId, StringComparison.Ordinal));
        Assert.StartsWith("Avlyst: ", after.Title.Text);
        Assert.Contains("Flyttet til våren", ((TextSyndicationContent)after.Summary).Text);
        Assert.True(after.LastUpdatedTime >= before.LastUpdatedTime);
    }

    [Theory]
    [InlineData("?county=99")]
    [InlineData("?county=abc")]
    [InlineData("?cpv=4")]
    [InlineData("?cpv=4810")]
    public async Task A_bad_filter_is_refused(string query)
    {
        using var response = await app.Http.GetAsync("/feeds/dialogue-events.atom" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<(SyndicationFeed Feed, XDocument Xml, string? ContentType)> LoadAsync(string path)
    {
        using var response = await app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed: " + text[..Math.Min(200, text.Length)]);
        formatter.ReadFrom(reader);
        return (formatter.Feed, XDocument.Parse(text), response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>RFC 4287: the feed has one id, title and updated and an author (or every entry has one); each entry has id, title, updated.</summary>
    private static void AssertRfc4287(XDocument xml)
    {
        var feed = xml.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(feed.Elements(Atom + name));
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
        var feedHasAuthor = feed.Elements(Atom + "author").Any();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(entry.Elements(Atom + name));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.True(feedHasAuthor || entry.Elements(Atom + "author").Any());
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
        }
    }
}
