using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Samspill.Gateway.WebApp;

/// <summary>
/// Serves the browser app at /: its files, and index.html for the app's own routes (a deep link such as
/// /kommune/behov/42). Server paths (<see cref="WebAppPaths"/>) are never answered with the app.
/// </summary>
public static class WebAppEndpoints
{
    /// <summary>Shown at / when the silo was built without Node.js.</summary>
    public const string NotBuiltHtml = """
<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Samspill – nettappen er ikke bygget</title></head>
<body>
<main>
<h1>Nettappen er ikke bygget</h1>
<p>Samspill kjører, men nettappen ble ikke bygget fordi Node.js ikke var installert da silo-en ble bygget.
Installer Node.js 20 eller nyere og kjør <code>dotnet build</code> på nytt.</p>
<p>GraphQL-siden virker likevel: <a href="/graphql">/graphql</a>.</p>
</main>
</body></html>
""";

    public static WebApplication UseWebAppFiles(this WebApplication app)
    {
        var root = app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.ResolvedRoot;
        if (!File.Exists(Path.Combine(root, "index.html"))) return app;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = ctx =>
            {
                // Vite names what it builds by content hash; index.html itself must always be asked for again.
                ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        return app;
    }

    public static void MapWebApp(this IEndpointRouteBuilder app)
    {
        app.MapAppConfig();
        // Lowest priority: only paths nothing else answered, and no file names (a missing /assets/x.js stays 404).
        app.MapFallback("{*path:nonfile}", ServeIndex).AllowAnonymous();
    }

    private static IResult ServeIndex(HttpContext http, IOptions<WebAppOptions> options)
    {
        if (WebAppPaths.IsServerPath(http.Request.Path) || !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            return Results.NotFound();
        http.Response.Headers.CacheControl = "no-cache";
        var index = Path.Combine(options.Value.ResolvedRoot, "index.html");
        return File.Exists(index)
            ? Results.File(index, "text/html; charset=utf-8")
            : Results.Content(NotBuiltHtml, "text/html; charset=utf-8");
    }

    /// <summary>The Content-Security-Policy for the app's pages: its own files and API, plus the identity provider.</summary>
    public static string ContentSecurityPolicy(string? authority)
    {
        var idp = Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? " " + uri.GetLeftPart(UriPartial.Authority) : "";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
               $"connect-src 'self'{idp}; form-action 'self'{idp}; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";
    }
}
