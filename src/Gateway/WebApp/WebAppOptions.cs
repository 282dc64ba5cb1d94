namespace Samspill.Gateway.WebApp;

/// <summary>Configuration section WebApp: where the built browser app is and how it signs users in.</summary>
public sealed class WebAppOptions
{
    public const string Section = "WebApp";

    /// <summary>The folder with the built app (index.html, assets/); default: webapp/ beside the silo's binaries.</summary>
    public string? Root { get; set; }

    /// <summary>The OpenID Connect client id the browser app signs in with (outside Development).</summary>
    public string? ClientId { get; set; }

    /// <summary>Scopes the app asks the identity provider for.</summary>
    public string Scope { get; set; } = "openid profile";

    public string ResolvedRoot => string.IsNullOrWhiteSpace(Root) ? Path.Combine(AppContext.BaseDirectory, "webapp") : Path.GetFullPath(Root);
}
