using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.SignalR.Client;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// One claims reader for every entry point: a signed token that can be read two ways, or names nobody, is refused
/// (401) on GraphQL, the live hub, /dashboard, OCDS and the calendar files alike, never guessed at.
/// </summary>
public sealed class AmbiguousIdentityTests(SiloApp app) : IClassFixture<SiloApp>
{
    public static TheoryData<string> Identities() => new()
    {
        "two roles", "two roles, programme first", "two tenants", "unknown kommunenummer", "bad organisation number",
        "unknown role", "no role", "municipality without tenant",
    };

    private string TokenFor(string identity) => TokenMint.Mint(app, identity switch
    {
        "two roles" => new Dictionary<string, object> { ["role"] = new[] { "supplier", "programme" }, ["tenant"] = "974760673" },
        "two roles, programme first" => new Dictionary<string, object> { ["role"] = new[] { "programme", "municipality" }, ["tenant"] = "4601" },
        "two tenants" => new Dictionary<string, object> { ["role"] = "municipality", ["tenant"] = new[] { "4601", "0301" } },
        "unknown kommunenummer" => new Dictionary<string, object> { ["role"] = "municipality", ["tenant"] = "9999" },
        "bad organisation number" => new Dictionary<string, object> { ["role"] = "supplier", ["tenant"] = "123456789" },
        "unknown role" => new Dictionary<string, object> { ["role"] = "admin" },
        "no role" => new Dictionary<string, object> { ["tenant"] = "4601" },
        "municipality without tenant" => new Dictionary<string, object> { ["role"] = "municipality" },
        _ => throw new ArgumentOutOfRangeException(nameof(identity)),
    });

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task Graphql_refuses_the_token(string identity)
    {
        var response = await app.GraphQLAsync("{ viewer { role } needs(first: 5) { totalCount } }", token: TokenFor(identity));
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        Assert.Null(response.Data);
    }

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task The_live_hub_refuses_the_connection(string identity)
    {
        var ex = await Assert.ThrowsAnyAsync<HttpRequestException>(async () => await app.ConnectLiveAsync(TokenFor(identity)));
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task Dashboard_ocds_and_calendar_refuse_the_token(string identity)
    {
        var token = TokenFor(identity);
        foreach (var path in new[] { "/dashboard/", "/ocds/releases", "/ocds/consortia/abc", "/dialogue-events/abc.ics" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await app.Http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{path}: {(int)response.StatusCode}");
        }
        using var viaLink = await app.Http.GetAsync($"/dashboard?access_token={token}");
        Assert.Equal(HttpStatusCode.Unauthorized, viaLink.StatusCode);
    }

    [Fact]
    public async Task A_single_valued_programme_token_still_reaches_the_dashboard_and_a_supplier_token_does_not()
    {
        // "/dashboard/" itself: the dashboard redirects "/dashboard", and HttpClient drops the header on redirects.
        using var staff = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        staff.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await app.ProgrammeToken());
        using var staffResponse = await app.Http.SendAsync(staff);
        Assert.Equal(HttpStatusCode.OK, staffResponse.StatusCode);

        using var supplier = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        supplier.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await app.SupplierToken("974760673"));
        using var supplierResponse = await app.Http.SendAsync(supplier);
        Assert.Equal(HttpStatusCode.Forbidden, supplierResponse.StatusCode);
    }

    [Fact]
    public async Task A_hub_connection_with_an_invalid_token_is_refused_not_served_as_anonymous()
    {
        var ex = await Assert.ThrowsAnyAsync<HttpRequestException>(async () => await app.ConnectLiveAsync("not.a.token"));
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        var expired = TokenMint.Mint(app, new Dictionary<string, object> { ["role"] = "programme" }, lifetime: TimeSpan.FromMinutes(-5));
        ex = await Assert.ThrowsAnyAsync<HttpRequestException>(async () => await app.ConnectLiveAsync(expired));
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
    }

    [Fact]
    public async Task A_hub_connection_is_closed_when_its_token_expires()
    {
        // Lifetime validation allows 30 s of clock skew; the connection must still end at the token's own expiry.
        var token = TokenMint.Mint(app, new Dictionary<string, object> { ["role"] = "programme" }, lifetime: TimeSpan.FromSeconds(4));
        await using var live = await app.ConnectLiveAsync(token);
        var closed = new TaskCompletionSource();
        live.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(HubConnectionState.Disconnected, live.State);
        await Assert.ThrowsAnyAsync<Exception>(() => LiveRecorder.Subscribe(live, "programme"));
    }
}
