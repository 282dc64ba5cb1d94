using System.Net;
using System.Text.Json;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.WebApp;

/// <summary>
/// The silo serves the web app at / with a fallback to index.html for the app's own routes, and never lets that
/// fallback answer for the server's own paths. Uses a small stand-in build so it does not depend on Node.js.
/// </summary>
public sealed class WebAppServingTests : IClassFixture<WebAppServingTests.Host>
{
    private readonly Host _app;

    public WebAppServingTests(Host app) => _app = app;

    /// <summary>A silo whose WebApp:Root is a folder with a tiny built app.</summary>
    public sealed class Host : SiloApp
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("samspill-webapp-").FullName;

        public Host()
        {
            File.WriteAllText(System.IO.Path.Combine(Root, "index.html"), "<!doctype html><html lang=\"nb\"><title>Samspill</title><div id=\"root\"></div></html>");
            File.WriteAllText(System.IO.Path.Combine(Root, "graphiql.html"), "<!doctype html><html lang=\"nb\"><title>Samspill GraphQL (GraphiQL)</title><div id=\"graphiql\"></div></html>");
            Directory.CreateDirectory(System.IO.Path.Combine(Root, "assets"));
            File.WriteAllText(System.IO.Path.Combine(Root, "assets", "index-abc123.js"), "console.log('app');");
            With("WebApp:Root", Root);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/logg-inn")]
    [InlineData("/kommune/behov/5001-1")]
    [InlineData("/kommune/samarbeid/abc")]
    public async Task The_apps_own_routes_get_index_html(string path)
    {
        using var response = await _app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        // The app's own policy: its scripts may run, nothing from elsewhere.
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline'; script", csp);
    }

    [Fact]
    public async Task Hashed_assets_are_served_as_immutable_and_a_missing_file_is_404()
    {
        using var asset = await _app.Http.GetAsync("/assets/index-abc123.js");
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString());

        using var missing = await _app.Http.GetAsync("/assets/gone-000.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/graphql/anything")]
    [InlineData("/hubs/live/other")]
    [InlineData("/auth/dev-token")]
    [InlineData("/auth/unknown")]
    [InlineData("/health/whatever")]
    [InlineData("/ocds/nothing/here")]
    [InlineData("/dialogue-events/nothing/here")]
    [InlineData("/dashboard/x/y")]
    public async Task Server_paths_are_never_answered_with_the_app(string path)
    {
        using var response = await _app.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<div id=\"root\">", body);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Server_endpoints_still_answer_beside_the_app()
    {
        using var ask = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        ask.Headers.Accept.ParseAdd("text/html");
        using var ide = await _app.Http.SendAsync(ask);
        var page = await ide.Content.ReadAsStringAsync();
        Assert.Contains("Samspill GraphQL", page);
        Assert.Contains("id=\"graphiql\"", page); // GraphiQL, built as the web app's own entry
        Assert.DoesNotContain("<div id=\"root\">", page);
        using var notHtml = await _app.Http.GetAsync("/graphql");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, notHtml.StatusCode);
        using var live = await _app.Http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var token = await _app.MunicipalityToken("1804");
        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public async Task App_config_says_dev_tokens_in_development()
    {
        var config = JsonDocument.Parse(await _app.Http.GetStringAsync("/app-config.json")).RootElement;
        Assert.Equal("dev-tokens", config.GetProperty("auth").GetString());
    }
}

/// <summary>Without a built app, / explains in Norwegian that the web app was not built, and the API still works.</summary>
public sealed class WebAppNotBuiltTests : IClassFixture<WebAppNotBuiltTests.Host>
{
    private readonly Host _app;

    public WebAppNotBuiltTests(Host app) => _app = app;

    public sealed class Host : SiloApp
    {
        public Host() => With("WebApp:Root", Directory.CreateTempSubdirectory("samspill-nowebapp-").FullName);
    }

    [Fact]
    public async Task The_front_page_says_the_web_app_was_not_built()
    {
        using var response = await _app.Http.GetAsync("/kommune");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nettappen er ikke bygget", body);
        Assert.Contains("lang=\"nb\"", body);
    }
}

/// <summary>Outside Development the app is told to sign in with OpenID Connect at the configured authority.</summary>
public sealed class AppConfigOidcTests : IClassFixture<AppConfigOidcTests.Host>
{
    private readonly Host _app;

    public AppConfigOidcTests(Host app) => _app = app;

    public sealed class Host : SiloApp
    {
        public Host()
        {
            Environment = "Production";
            With("Authentication:Authority", "https://login.example.no/realms/samspill");
            With("WebApp:ClientId", "samspill-web");
        }
    }

    [Fact]
    public async Task App_config_names_the_authority_and_client_id()
    {
        using var response = await _app.Http.GetAsync("/app-config.json");
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("oidc", config.GetProperty("auth").GetString());
        Assert.Equal("https://login.example.no/realms/samspill", config.GetProperty("authority").GetString());
        Assert.Equal("samspill-web", config.GetProperty("clientId").GetString());
        // The app's pages may talk to the identity provider (discovery, token endpoint), and to nothing else.
        using var page = await _app.Http.GetAsync("/kommune");
        Assert.Contains("connect-src 'self' https://login.example.no;", page.Headers.GetValues("Content-Security-Policy").Single());
    }
}
