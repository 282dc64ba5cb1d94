using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samspill.Web.Tests.Infrastructure;

namespace Samspill.Web.Tests;

/// <summary>
/// The silo serves the built app at / with a fallback to index.html for the app's own routes, and that fallback
/// never hides a server path.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class StaticServingTests(WebAppFixture app)
{
    private HttpClient Http => app.Silo.Http;

    private async Task<string> IndexHtmlAsync()
    {
        using var response = await Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Root_serves_the_built_app_in_norwegian_with_its_script()
    {
        var html = await IndexHtmlAsync();
        Assert.Contains("lang=\"nb\"", html);
        Assert.DoesNotContain("Nettappen er ikke bygget", html);
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script[^>]+src=\"(/assets/[^\"]+\\.js)\"");
        Assert.True(script.Success, $"index.html names no built script under /assets:\n{html}");

        using var js = await Http.GetAsync(script.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("javascript", js.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/kommune")]
    [InlineData("/kommune/behov/finnes-ikke")]
    [InlineData("/logg-inn")]
    [InlineData("/en/side/som/ikke/finnes")]
    public async Task The_apps_own_routes_fall_back_to_index_html(string path)
    {
        var index = await IndexHtmlAsync();
        using var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(index, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_file_is_404_not_the_app()
    {
        using var response = await Http.GetAsync("/assets/finnes-ikke-1234.js");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/auth/dev-token")]          // a POST endpoint, asked with GET
    [InlineData("/auth/finnes-ikke")]
    [InlineData("/hubs/live")]
    [InlineData("/health/finnes-ikke")]
    [InlineData("/ocds/finnes-ikke")]
    [InlineData("/graphql/finnes-ikke")]
    [InlineData("/dialogue-events/finnes-ikke")]
    public async Task Server_paths_are_never_answered_with_the_app(string path)
    {
        var index = await IndexHtmlAsync();
        using var response = await Http.GetAsync(path);
        Assert.NotEqual(index, await response.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_server_endpoints_still_answer_beside_the_app()
    {
        var index = await IndexHtmlAsync();

        using (var ready = await Http.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.NotEqual(index, await ready.Content.ReadAsStringAsync());
        }

        // A browser asks for HTML and gets GraphiQL; a non-HTML GET of /graphql is 405 by design.
        using var ideRequest = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        ideRequest.Headers.Accept.ParseAdd("text/html");
        using (var ide = await Http.SendAsync(ideRequest))
        {
            Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
            Assert.NotEqual(index, await ide.Content.ReadAsStringAsync());
        }

        var graphql = await app.Silo.GraphQLAsync("{ __typename }", null, token: null);
        Assert.Equal("Query", graphql["data"]?["__typename"]?.GetValue<string>());

        using (var token = await Http.PostAsJsonAsync("/auth/dev-token", new { role = "municipality", tenant = "1804", name = "Kari i Bodø" }))
        {
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            var body = await token.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        }

        using (var releases = await Http.GetAsync("/ocds/releases"))
        {
            // 204 while no consortium has announced anything; never the app.
            Assert.True(releases.IsSuccessStatusCode, $"/ocds/releases answered {releases.StatusCode}");
            Assert.NotEqual(index, await releases.Content.ReadAsStringAsync());
        }

        using (var negotiate = await Http.PostAsync("/hubs/live/negotiate?negotiateVersion=1", null))
        {
            Assert.NotEqual(index, await negotiate.Content.ReadAsStringAsync());
        }
    }
}
