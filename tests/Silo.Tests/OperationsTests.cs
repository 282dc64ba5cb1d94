using System.Net;
using System.Net.Http.Headers;
using Samspill.Silo.Tests.Infrastructure;

namespace Samspill.Silo.Tests;

/// <summary>The Orleans dashboard is for programme staff only; OpenTelemetry exports over OTLP when asked and never stops the silo.</summary>
public sealed class OperationsTests
{
    private static Dictionary<string, string> Settings() => new()
    {
        ["Storage:Provider"] = "Memory",
        ["Orleans:ServiceId"] = SiloProcess.NewServiceId("ops"),
    };

    [Fact]
    public async Task The_dashboard_is_served_to_programme_staff_and_refused_to_everyone_else()
    {
        await using var silo = await SiloProcess.StartAsync(Settings());
        var staff = await silo.TokenAsync("programme", null);
        var municipality = await silo.TokenAsync("municipality", "1804");
        var supplier = await silo.TokenAsync("supplier", "923609016");

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(silo, "/dashboard", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(silo, "/dashboard", municipality)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(silo, "/dashboard", supplier)).StatusCode);

        // The dashboard redirects /dashboard to /dashboard/; HttpClient drops the Authorization header on redirects.
        using var page = await GetAsync(silo, "/dashboard/", staff);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Orleans", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // The page loads its own script and stylesheet: the API's "default-src 'none'" would leave it blank.
        Assert.StartsWith("default-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single());
        using var script = await GetAsync(silo, "/dashboard/index.min.js", staff);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(silo, "/dashboard/index.min.js", null)).StatusCode);
    }

    [Fact]
    public async Task A_browser_opens_the_dashboard_with_a_token_in_the_link_and_keeps_it_in_a_cookie()
    {
        await using var silo = await SiloProcess.StartAsync(Settings());
        var staff = await silo.TokenAsync("programme", null);
        var municipality = await silo.TokenAsync("municipality", "1804");

        using var browser = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = silo.BaseAddress };
        using var refused = await browser.GetAsync($"/dashboard?access_token={municipality}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using (var afterRefusal = await browser.GetAsync("/dashboard")) Assert.Equal(HttpStatusCode.Unauthorized, afterRefusal.StatusCode);

        using var opened = await browser.GetAsync($"/dashboard?access_token={staff}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("/dashboard", opened.RequestMessage!.RequestUri!.AbsolutePath.TrimEnd('/'));
        Assert.Empty(opened.RequestMessage.RequestUri.Query);
        using var again = await browser.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task With_an_otlp_endpoint_the_silo_exports_request_traces_and_orleans_metrics()
    {
        using var collector = new OtlpReceiver();
        await using var silo = await SiloProcess.StartAsync(Settings(), environment: new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        });
        var token = await silo.TokenAsync("municipality", "1804");
        var body = await silo.GraphQLAsync("{ needs(first: 1) { totalCount } }", null, token);
        Assert.Null(body["errors"]);

        await Wait.Until(() => collector.Received("/v1/traces", "samspill-silo") && collector.Received("/v1/traces", "/graphql"), TimeSpan.FromSeconds(60),
            "no trace of the GraphQL request reached the collector");
        await Wait.Until(() => collector.Received("/v1/metrics", "Microsoft.Orleans") && collector.Received("/v1/metrics", "http.server.request.duration"), TimeSpan.FromSeconds(60),
            "no Orleans or ASP.NET Core metrics reached the collector");
    }

    [Fact]
    public async Task An_otlp_endpoint_that_does_not_answer_does_not_stop_the_silo()
    {
        await using var silo = await SiloProcess.StartAsync(Settings(), environment: new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        var token = await silo.TokenAsync("municipality", "1804");
        for (var i = 0; i < 5; i++)
        {
            Assert.Null((await silo.GraphQLAsync("{ needs(first: 1) { totalCount } }", null, token))["errors"]);
            await Task.Delay(300);
        }
        using var ready = await silo.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.False(silo.HasExited);
    }

    private static async Task<HttpResponseMessage> GetAsync(SiloProcess silo, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await silo.Http.SendAsync(request);
    }
}
