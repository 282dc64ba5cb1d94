using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// Every endpoint the gateway maps, found from its routing table rather than listed by hand, so one added later is
/// attacked too: a token that names nobody or can be read two ways is refused on each, and each that lets an
/// anonymous caller reach a grain spends the caller's request budget.
/// </summary>
public sealed class EveryEndpointTests(SiloApp app) : IClassFixture<SiloApp>
{
    // Endpoints that serve files or fixed pages and never call a grain; the hub spends its own budget per call.
    private static readonly string[] ServesNoGrain =
        ["GET /graphql", "GET /app-config.json", "GET /notifications/unsubscribe", "GET /notifications/confirm", "POST /auth/dev-token"];

    /// <summary>The web app's fallback to index.html: a file for any client-side route, served before identity is read.</summary>
    private static bool IsWebAppFallback(RouteEndpoint e) => e.RoutePattern.RawText?.Contains("{*path", StringComparison.Ordinal) == true;

    private IReadOnlyList<(string Method, string Path, Endpoint Endpoint)> Endpoints()
    {
        _ = app.Http; // the host is started by the first client
        return app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => !IsWebAppFallback(e))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, Path(e.RoutePattern.RawText ?? ""), (Endpoint)e)))
            .DistinctBy(x => (x.m, x.Item2))
            .ToList();
    }

    private static string Path(string pattern)
    {
        var path = "/" + pattern.TrimStart('/');
        // Route parameters get a plausible value: an id, or a file under a catch-all.
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{\*?\*?([a-zA-Z]+)[^}]*\}", m => m.Groups[1].Value == "path" ? "index.html" : "abc");
    }

    [Fact]
    public async Task A_token_that_names_nobody_or_two_roles_is_refused_on_every_endpoint()
    {
        var endpoints = Endpoints();
        Assert.Contains(endpoints, e => e.Path == "/graphql");
        Assert.Contains(endpoints, e => e.Path.StartsWith("/hubs/live", StringComparison.Ordinal));
        var tokens = new[]
        {
            TokenMint.Mint(app, new Dictionary<string, object> { ["role"] = new[] { "supplier", "programme" }, ["tenant"] = "974760673" }),
            TokenMint.Mint(app, new Dictionary<string, object> { ["role"] = "municipality", ["tenant"] = "9999" }),
        };
        var served = new List<string>();
        foreach (var (method, path, _) in endpoints)
            foreach (var token in tokens)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                if (method is "POST" or "PUT") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                using var response = await app.Http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Unauthorized) served.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        Assert.True(served.Count == 0, string.Join("\n", served));
    }

    [Fact]
    public void Every_anonymous_endpoint_that_can_reach_a_grain_spends_the_callers_request_budget()
    {
        var unlimited = Endpoints()
            .Where(e => !ServesNoGrain.Contains($"{e.Method} {e.Path}"))
            .Where(e => !e.Path.StartsWith("/hubs/live", StringComparison.Ordinal))
            // Probes of the orchestrator must never be refused; they answer from the silo's own state.
            .Where(e => !e.Path.StartsWith("/health/", StringComparison.Ordinal))
            // Endpoints for signed-in staff only (the dashboard): no anonymous caller gets to a grain through them.
            .Where(e => !(e.Endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
                && e.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null))
            .Where(e => e.Endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null)
            .Select(e => $"{e.Method} {e.Path} ({e.Endpoint.DisplayName})")
            .ToList();
        Assert.True(unlimited.Count == 0, "Not rate limited:\n" + string.Join("\n", unlimited));
    }
}
