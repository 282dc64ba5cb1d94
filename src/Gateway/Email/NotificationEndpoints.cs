using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samspill.Gateway.Identity;
using Samspill.Grains.Notifications;
using Samspill.Gateway.Security;

namespace Samspill.Gateway.Email;

/// <summary>
/// The links in e-mails, which work without sign-in: one-click unsubscribe (RFC 8058: a POST to the List-Unsubscribe
/// address) and address confirmation. A GET only shows a page with a button, since mail scanners follow links.
/// </summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/notifications/unsubscribe", (HttpRequest r, string? kind) => NotificationPages.Ask("Meld av varsler",
            ParseKind(kind) is { } k ? $"Vil du slutte å få varsler om {NotificationPages.KindName(k)} fra Samspill på e-post?"
                : "Vil du slutte å få den daglige oppsummeringen fra Samspill på e-post?",
            "Meld meg av", r.QueryString.Value)).AllowAnonymous();
        app.MapPost("/notifications/unsubscribe", Unsubscribe).ReadsAsAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimiting.PerCaller);
        app.MapGet("/notifications/confirm", (HttpRequest r) => NotificationPages.Ask("Bekreft e-postadressen",
            "Bekreft at du vil få varsler fra Samspill til denne adressen.", "Bekreft adressen", r.QueryString.Value)).AllowAnonymous();
        app.MapPost("/notifications/confirm", Confirm).ReadsAsAnonymous().DisableAntiforgery().RequireRateLimiting(RateLimiting.PerCaller);
    }

    private static async Task<IResult> Unsubscribe(string? person, string? kind, string? token, IGrainFactory grains)
    {
        NoticeKind? parsed = null;
        if (kind is not null)
        {
            if (ParseKind(kind) is not { } k) return NotificationPages.Invalid();
            parsed = k;
        }
        if (!PersonIds.IsWellFormed(person) || string.IsNullOrEmpty(token)) return NotificationPages.Invalid();
        return await grains.GetGrain<IPersonLinkGrain>(person).Unsubscribe(parsed, token)
            ? NotificationPages.Done("Du er meldt av", "Du får ikke flere slike varsler på e-post. Du kan slå dem på igjen under Varslinger i Samspill.")
            : NotificationPages.Invalid();
    }

    private static NoticeKind? ParseKind(string? kind) =>
        kind is not null && Enum.TryParse<NoticeKind>(kind.Replace("_", ""), ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;

    private static async Task<IResult> Confirm(string? person, string? token, IGrainFactory grains)
    {
        if (!PersonIds.IsWellFormed(person) || string.IsNullOrEmpty(token)) return NotificationPages.Invalid();
        return await grains.GetGrain<IPersonLinkGrain>(person).Confirm(token)
            ? NotificationPages.Done("E-postadressen er bekreftet", "Nå kan Samspill sende deg varsler til denne adressen.")
            : NotificationPages.Invalid();
    }
}
