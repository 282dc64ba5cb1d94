using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samspill.Gateway.Identity;
using Samspill.Grains.Dialogue;
using Samspill.Gateway.Security;

namespace Samspill.Gateway.Calendar;

/// <summary>GET /dialogue-events/{id}.ics: an announced event for calendar clients, anonymous like the event itself.</summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dialogue-events/{id}.ics", Ics).ReadsAsAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
        return app;
    }

    /// <summary>Where an event's calendar file is served.</summary>
    public static string IcsPath(string eventId) => $"/dialogue-events/{Uri.EscapeDataString(eventId)}.ics";

    private static async Task<IResult> Ics(string id, HttpContext http, IGrainFactory grains, TimeProvider clock)
    {
        if (!EntityIds.IsWellFormed(id)) return Results.NotFound();
        var e = await grains.GetGrain<IDialogueEventGrain>(id).GetView();
        if (e is null) return Results.NotFound();
        var url = PublicSite.Of(http).Link(IcsPath(id));
        var body = DialogueEventCalendar.Render(e, url.StartsWith('/') ? null : url, clock.GetUtcNow());
        return Results.Text(body, "text/calendar; charset=utf-8");
    }
}
