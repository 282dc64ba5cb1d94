using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Identity;
using Samspill.Gateway.WebApp;

namespace Samspill.Gateway.Security;

/// <summary>Response headers that keep browsers from sniffing, framing or leaking what the API returns.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var webAppPolicy = WebAppEndpoints.ContentSecurityPolicy(
            app.ApplicationServices.GetService<IOptions<IdentityOptions>>()?.Value.Authority);
        // Not async: a WebSocket's request runs for as long as its connection, and an awaiting middleware would keep
        // its state machine that long, per connection.
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // The query page (GraphiQL) needs its Monaco workers and inline font, the fallback page its one inline script; the Orleans dashboard (programme staff only) its own
                // scripts, styles, fonts and inline SVG; the web app its own files, API and identity provider;
                // everything else is data and needs nothing.
                headers.ContentSecurityPolicy = http.Request.Method == HttpMethods.Get && http.Request.Path == "/graphql"
                    ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'none'"
                    : http.Request.Path.StartsWithSegments("/dashboard")
                        ? "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
                        : IsAppPage(http.Request)
                            ? webAppPolicy
                            : http.Request.Path.StartsWithSegments("/notifications")
                                // The pages behind the links in mails (NotificationPages): their inline style, the
                                // logo, and the form that posts back to them; nothing else.
                                ? "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
                                : "default-src 'none'; frame-ancestors 'none'";
                return Task.CompletedTask;
            });
            return next(http);
        });
    }

    private static bool IsAppPage(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !WebAppPaths.IsServerPath(request.Path);
}
