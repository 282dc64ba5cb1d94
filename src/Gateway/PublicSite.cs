using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Samspill.Gateway;

/// <summary>
/// Configuration section PublicSite: the address people reach the platform at. Links we hand out (an event's
/// .ics URL, the OCDS package uri) are built from it, never from the request's Host header, which the caller
/// chooses.
/// </summary>
public sealed class PublicSite
{
    public const string Section = "PublicSite";

    /// <summary>Absolute base URL, e.g. https://samspill.no; unset means links are given as paths.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The absolute link for <paramref name="path"/> (starting with /), or the path itself when no base URL is set.</summary>
    public string Link(string path) =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out var root) ? $"{root.ToString().TrimEnd('/')}{path}" : path;

    public static PublicSite Of(IServiceProvider? services) =>
        services?.GetService<IOptions<PublicSite>>()?.Value ?? new PublicSite();

    public static PublicSite Of(HttpContext http) => Of(http.RequestServices);
}
