using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Email;

/// <summary>
/// The small server-rendered pages behind the links in e-mails (confirm an address, unsubscribe), in Norwegian and
/// dressed like the web app: they must work without the app's scripts and without sign-in.
/// </summary>
public static class NotificationPages
{
    /// <summary>What each kind of notice is called on the pages (the same words as Varslinger in the web app).</summary>
    public static string KindName(NoticeKind kind) => kind switch
    {
        NoticeKind.Invitation => "invitasjoner til innkjøpssamarbeid",
        NoticeKind.MembershipChange => "kommuner som blir med i eller går ut av samarbeidene deres",
        NoticeKind.PhaseChange => "nye faser i samarbeidene deres",
        NoticeKind.QuestionWaiting => "spørsmål fra leverandører som venter på svar",
        NoticeKind.PartnerSuggestion => "forslag om kommuner med lignende behov",
        NoticeKind.Announcement => "dialogkonferanser som passer det dere følger",
        NoticeKind.Answer => "svar i markedsdialoger dere er med i",
        NoticeKind.EventChange => "endringer og avlysninger av arrangementer dere er påmeldt",
        NoticeKind.RegistrationDeadline => "påminnelser dagen før påmeldingsfristen",
        _ => "denne typen varsler",
    };

    /// <summary>A question with one button that POSTs back to the same address (a GET changes nothing: mail scanners follow links).</summary>
    public static IResult Ask(string title, string text, string button, string? query) => Content(title,
        $"<p>{Encode(text)}</p><form method=\"post\" action=\"?{Encode((query ?? "").TrimStart('?'))}\"><button type=\"submit\" class=\"button\">{Encode(button)}</button></form>",
        StatusCodes.Status200OK);

    public static IResult Done(string title, string text) =>
        Content(title, $"<p>{Encode(text)}</p>{Links()}", StatusCodes.Status200OK);

    public static IResult Invalid() => Content("Lenken virker ikke",
        "<p>Lenken er ugyldig eller allerede brukt. Logg inn i Samspill og se Varslinger for å endre innstillingene dine.</p>" + Links(),
        StatusCodes.Status400BadRequest);

    private static string Links() =>
        "<p class=\"links\"><a href=\"/varslinger\">Til Varslinger</a> <a href=\"/\">Til forsiden</a></p>";

    private static IResult Content(string title, string body, int status) =>
        Results.Content(Html(title, body), "text/html; charset=utf-8", statusCode: status);

    // Norwegian letters stay letters (the page is UTF-8); only what HTML needs is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Html(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<title>{Encode(title)} – Samspill</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><style>{Style}</style></head>" +
        "<body><a class=\"skip\" href=\"#hovedinnhold\">Hopp til hovedinnhold</a>" +
        "<header><a class=\"brand\" href=\"/\"><img src=\"/favicon.svg\" alt=\"\" width=\"28\" height=\"28\"><span>Samspill</span></a></header>" +
        $"<main id=\"hovedinnhold\" tabindex=\"-1\"><h1>{Encode(title)}</h1>{body}</main>" +
        "<footer><p>Samspill er en åpen plattform for innovative offentlige anskaffelser i samarbeid mellom kommuner.</p></footer></body></html>";

    // The web app's look in a few lines (Designsystemet's default colours), so the page stands alone.
    private const string Style =
        "body{margin:0;font-family:Inter,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1e2b3c;background:#fff;line-height:1.5;display:flex;flex-direction:column;min-height:100vh}" +
        "header{border-bottom:1px solid #d0d5dd;padding:1rem max(1rem,calc((100% - 60rem)/2))}" +
        ".brand{display:inline-flex;align-items:center;gap:.5rem;font-weight:600;font-size:1.25rem;color:#1e2b3c;text-decoration:none}" +
        "main{flex:1;width:100%;max-width:60rem;margin:0 auto;padding:2rem 1rem 3rem;box-sizing:border-box}" +
        "h1{font-size:2rem;line-height:1.25;margin:0 0 1rem}" +
        "a{color:#0062ba;text-underline-offset:.2em}" +
        ".links{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}" +
        ".button{font:inherit;font-weight:500;color:#fff;background:#0062ba;border:0;border-radius:.25rem;padding:.75rem 1.25rem;cursor:pointer}" +
        ".button:hover{background:#004f96}" +
        "a:focus-visible,.button:focus-visible,main:focus-visible{outline:3px solid #00244e;outline-offset:2px;box-shadow:0 0 0 6px #ffda06}" +
        ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}" +
        "footer{border-top:1px solid #d0d5dd;padding:1rem max(1rem,calc((100% - 60rem)/2));color:#4b5563;font-size:.875rem}";
}
