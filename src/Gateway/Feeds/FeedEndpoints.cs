using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samspill.Gateway.Identity;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Municipalities;
using Samspill.Grains.ReferenceData;
using Samspill.Gateway.Security;

namespace Samspill.Gateway.Feeds;

/// <summary>
/// GET /feeds/dialogue-events.atom: the announced dialogue events as Atom, for everyone (no account), optionally for
/// one county (?county=18) or one CPV division (?cpv=33). Read as an anonymous caller, so only public data enters.
/// A county is the announcement's audience: the counties of the lead and the joined members when the event was
/// announced, as the GraphQL filter reads it; a notice does not move when membership changes later.
/// </summary>
public static class FeedEndpoints
{
    public const string Path = "/feeds/dialogue-events.atom";

    // Bounds the work of one request: the feed lists the newest matching announcements, not the whole archive.
    public const int MaxEntries = 50;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, DialogueEvents).ReadsAsAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
        return app;
    }

    private static async Task<IResult> DialogueEvents(HttpContext http, IGrainFactory grains, ReferenceCatalog catalog, TimeProvider clock)
    {
        var county = http.Request.Query["county"].ToString();
        var cpv = http.Request.Query["cpv"].ToString();
        if (county.Length > 0 && catalog.County(county) is null)
            return Results.BadRequest("county must be a county number, e.g. 18.");
        if (cpv.Length > 0 && (cpv.Length != 2 || !cpv.All(char.IsAsciiDigit)))
            return Results.BadRequest("cpv must be a CPV division: two digits, e.g. 33.");

        // Filter first, then take the newest: the same selection as GraphQL dialogueEvents(filter: { county, cpvPrefix },
        // orderBy: ANNOUNCED_NEWEST), so a county's feed holds its newest events however busy the rest of the country is.
        var criteria = new DialogueEventCriteria
        {
            County = county.Length > 0 ? county : null,
            CpvPrefixes = cpv.Length > 0 ? [cpv] : [],
            Order = DialogueEventOrder.AnnouncedNewest,
        };
        var summaries = DialogueEventListing.Select(await DialogueEventDirectory.ListAsync(grains, catalog), criteria, clock.GetUtcNow())
            .Take(MaxEntries)
            .ToList();
        var views = (await Task.WhenAll(summaries.Select(s => grains.GetGrain<IDialogueEventGrain>(s.Id).GetView())))
            .OfType<DialogueEventView>().ToList();
        var consortia = new Dictionary<string, ConsortiumView?>();
        foreach (var id in views.Select(v => v.ConsortiumId).Distinct())
            consortia[id] = await grains.GetGrain<IConsortiumGrain>(id).GetView();
        var audienceCounties = summaries.ToDictionary(s => s.Id, s => (IReadOnlyList<string>)(s.Counties ?? []).Order(StringComparer.Ordinal).ToList());

        var entries = new List<DialogueFeedEntry>();
        foreach (var v in views)
        {
            if (consortia[v.ConsortiumId] is not { } c) continue;
            var numbers = c.Members.Where(m => m.Status == MemberStatus.Joined).Select(m => m.Municipality).Prepend(c.Lead).Distinct().ToList();
            entries.Add(new DialogueFeedEntry(v, c.Title, catalog.Municipality(c.Lead)?.Name ?? c.Lead,
                numbers.Select(n => catalog.Municipality(n)?.Name ?? n).ToList(), audienceCounties[v.Id]));
        }

        var scope = county.Length > 0 ? $"fylke {county}" : cpv.Length > 0 ? $"CPV {cpv}" : "";
        var self = county.Length > 0 ? $"{Path}?county={county}" : cpv.Length > 0 ? $"{Path}?cpv={cpv}" : Path;
        var site = PublicSite.Of(http);
        var body = DialogueEventFeed.Render(entries, site.Link, scope, self, clock.GetUtcNow());
        return Results.Text(body, "application/atom+xml; charset=utf-8");
    }
}
