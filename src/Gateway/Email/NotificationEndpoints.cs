using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samspill.Grains.Common;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Email;

/// <summary>
/// The links in e-mails, which work without sign-in: one-click unsubscribe (RFC 8058: a POST to the List-Unsubscribe
/// address) and address confirmation. A GET only shows a page with a button, since mail scanners follow links.
/// </summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/notifications/unsubscribe", (HttpRequest r) => Page("Meld av varsler",
            "Vil du slutte å få denne typen varsler fra Samspill på e-post?", "Meld meg av", r.QueryString.Value)).AllowAnonymous();
        app.MapPost("/notifications/unsubscribe", Unsubscribe).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/notifications/confirm", (HttpRequest r) => Page("Bekreft e-postadressen",
            "Bekreft at du vil få varsler fra Samspill til denne adressen.", "Bekreft adressen", r.QueryString.Value)).AllowAnonymous();
        app.MapPost("/notifications/confirm", Confirm).AllowAnonymous().DisableAntiforgery();
    }

    private static async Task<IResult> Unsubscribe(string? person, string? kind, string? token, IGrainFactory grains)
    {
        NoticeKind? parsed = null;
        if (kind is not null)
        {
            if (!Enum.TryParse<NoticeKind>(kind.Replace("_", ""), ignoreCase: true, out var k) || !Enum.IsDefined(k)) return Invalid();
            parsed = k;
        }
        if (!PersonIds.IsWellFormed(person) || string.IsNullOrEmpty(token)) return Invalid();
        CallerContext.Set(Caller.Anonymous);
        return await grains.GetGrain<IPersonLinkGrain>(person).Unsubscribe(parsed, token)
            ? Done("Du er meldt av", "Du får ikke flere slike varsler på e-post. Du kan slå dem på igjen under Varslinger i Samspill.")
            : Invalid();
    }

    private static async Task<IResult> Confirm(string? person, string? token, IGrainFactory grains)
    {
        if (!PersonIds.IsWellFormed(person) || string.IsNullOrEmpty(token)) return Invalid();
        CallerContext.Set(Caller.Anonymous);
        return await grains.GetGrain<IPersonLinkGrain>(person).Confirm(token)
            ? Done("E-postadressen er bekreftet", "Nå kan Samspill sende deg varsler til denne adressen.")
            : Invalid();
    }

    private static IResult Invalid() => Results.Content(Html("Lenken virker ikke",
        "<p>Lenken er ugyldig eller allerede brukt. Logg inn i Samspill og se Varslinger for å endre innstillingene dine.</p>"),
        "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    private static IResult Done(string title, string text) =>
        Results.Content(Html(title, $"<p>{WebUtility.HtmlEncode(text)}</p>"), "text/html; charset=utf-8");

    private static IResult Page(string title, string text, string button, string? query) => Results.Content(Html(title,
        $"<p>{WebUtility.HtmlEncode(text)}</p><form method=\"post\" action=\"?{WebUtility.HtmlEncode((query ?? "").TrimStart('?'))}\"><button type=\"submit\">{WebUtility.HtmlEncode(button)}</button></form>"),
        "text/html; charset=utf-8");

    private static string Html(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{WebUtility.HtmlEncode(title)} – Samspill</title></head>" +
        $"<body><main><h1>{WebUtility.HtmlEncode(title)}</h1>{body}</main></body></html>";
}
