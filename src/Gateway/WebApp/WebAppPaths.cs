using Microsoft.AspNetCore.Http;

namespace Samspill.Gateway.WebApp;

/// <summary>Which request paths belong to the server rather than to the browser app's own routes.</summary>
public static class WebAppPaths
{
    /// <summary>Prefixes the app's fallback to index.html must never answer for.</summary>
    public static readonly string[] ServerPrefixes =
        ["/graphql", "/hubs", "/auth", "/health", "/ocds", "/dialogue-events", "/feeds", "/dashboard", "/app-config.json"];

    public static bool IsServerPath(PathString path) =>
        ServerPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
