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
/// </summary>
public static class FeedEndpoints
{
    public const string Path = "/feeds/dialogue-events.atom";

    // Bounds the work of one request: the feed lists the newest announcements, not the whole archive.
    private const int MaxEntries = 200;

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

        var summaries = (await grains.GetGrain<IDialogueEventDirectoryGrain>(0).List())
            .Where(s => cpv.Length == 0 || s.Cpv.Any(c => c.StartsWith(cpv, StringComparison.Ordinal)))
            .OrderByDescending(s => s.StartsAt)
            .Take(MaxEntries)
            .ToList();
        var views = (await Task.WhenAll(summaries.Select(s => grains.GetGrain<IDialogueEventGrain>(s.Id).GetView())))
            .OfType<DialogueEventView>().ToList();
        var consortia = new Dictionary<string, ConsortiumView?>();
        foreach (var id in views.Select(v => v.ConsortiumId).Distinct())
            consortia[id] = await grains.GetGrain<IConsortiumGrain>(id).GetView();

        var entries = new List<DialogueFeedEntry>();
        foreach (var v in views)
        {
            if (consortia[v.ConsortiumId] is not { } c) continue;
            var numbers = c.Members.Where(m => m.Status == MemberStatus.Joined).Select(m => m.Municipality).Prepend(c.Lead).Distinct().ToList();
            var counties = numbers.Select(n => catalog.Municipality(n)?.CountyNumber).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            if (county.Length > 0 && !counties.Contains(county)) continue;
            entries.Add(new DialogueFeedEntry(v, c.Title, catalog.Municipality(c.Lead)?.Name ?? c.Lead,
                numbers.Select(n => catalog.Municipality(n)?.Name ?? n).ToList(), counties));
        }

        var scope = county.Length > 0 ? $"fylke {county}" : cpv.Length > 0 ? $"CPV {cpv}" : "";
        var self = county.Length > 0 ? $"{Path}?county={county}" : cpv.Length > 0 ? $"{Path}?cpv={cpv}" : Path;
        var site = PublicSite.Of(http);
        var body = DialogueEventFeed.Render(entries, site.Link, scope, self, clock.GetUtcNow());
        return Results.Text(body, "application/atom+xml; charset=utf-8");
    }
}
