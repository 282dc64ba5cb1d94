using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Identity;

namespace Samspill.Gateway.WebApp;

/// <summary>GET /app-config.json: how the browser app signs in (dev tokens, or OpenID Connect with PKCE).</summary>
public static class AppConfigEndpoint
{
    public static void MapAppConfig(this IEndpointRouteBuilder app) =>
        app.MapGet("/app-config.json", (IOptions<IdentityOptions> identity, IOptions<WebAppOptions> web, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            var o = identity.Value;
            return o.DevTokens.Enabled
                ? Results.Json(new { auth = "dev-tokens" })
                : Results.Json(new
                {
                    auth = "oidc",
                    authority = o.Authority ?? "",
                    clientId = web.Value.ClientId ?? "",
                    scope = web.Value.Scope,
                    roleClaim = o.RoleClaim,
                    tenantClaim = o.TenantClaim,
                });
        }).AllowAnonymous();
}
