using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Identity;

/// <summary>
/// The caller of a request, read once by <see cref="CallerClaims"/> and kept with the request; every entry point
/// asks here (<see cref="Caller(HttpContext)"/>) instead of reading claims itself. The grain calls of a request
/// carry it from <see cref="UseCallerRefusal"/>, set there once (the live hub's calls: <c>LiveCallFilter</c>).
/// </summary>
public static class CallerAccess
{
    /// <summary>
    /// Marks an endpoint that serves public data only (feeds, calendar files, open data, links from e-mails): open to
    /// everyone, and its grain calls carry the anonymous caller whoever asks, so nothing private can reach it.
    /// </summary>
    public static TBuilder ReadsAsAnonymous<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AllowAnonymous().WithMetadata(AnonymousReads.Instance);

    private static readonly object Key = new();

    /// <summary>The caller of this request (anonymous when no token was sent).</summary>
    public static Caller Caller(this HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var known) && known is Caller caller) return caller;
        var read = Of(http.RequestServices, http.User);
        http.Items[Key] = read;
        return read;
    }

    /// <summary>The caller a principal stands for, through the one claims reader.</summary>
    public static Caller Of(IServiceProvider services, ClaimsPrincipal? user) =>
        CallerClaims.From(user, services.GetRequiredService<IOptions<IdentityOptions>>().Value, services.GetRequiredService<ReferenceCatalog>());

    /// <summary>
    /// A request that sent a token which did not validate (forged, expired, ambiguous, for a tenant that does not
    /// exist) is refused with 401 on every path, the hub's connect included, instead of being served as anonymous.
    /// </summary>
    public static IApplicationBuilder UseCallerRefusal(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // The handler caches its result per request: this is the same validation UseAuthentication ran.
        var result = await http.AuthenticateAsync();
        if (result is { Succeeded: false, None: false })
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await http.Response.WriteAsJsonAsync(new
            {
                errors = new[] { new { message = "The access token is invalid or expired.", extensions = new { code = ErrorCodes.Unauthenticated } } },
            });
            return;
        }
        var publicRead = http.GetEndpoint()?.Metadata.GetMetadata<AnonymousReads>() is not null;
        CallerContext.Set(publicRead ? Grains.Common.Caller.Anonymous : http.Caller());
        await next();
    });

    private sealed class AnonymousReads
    {
        public static readonly AnonymousReads Instance = new();
    }
}
