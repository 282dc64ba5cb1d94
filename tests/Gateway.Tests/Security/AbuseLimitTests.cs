using System.Net;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A host with a small rate limit so the limit can be reached quickly.</summary>
public sealed class LimitedSiloApp : SiloApp
{
    public const int PermitLimit = 8;

    public LimitedSiloApp()
    {
        With("Limits:PermitLimit", PermitLimit.ToString());
        With("Limits:Window", "00:10:00");
        With("Limits:AllowedOrigins:0", "https://samspill.example");
    }
}

/// <summary>Each abuse limit triggers, and the service keeps answering other requests.</summary>
public sealed class AbuseLimitTests(LimitedSiloApp app) : IClassFixture<LimitedSiloApp>
{
    [Fact]
    public async Task Too_deep_a_query_is_refused_as_too_complex()
    {
        // Fourteen levels of county → municipalities → county …, beyond the configured depth of twelve.
        var deep = "{ municipality(number: \"0301\") { " + string.Concat(Enumerable.Repeat("county { municipalities { ", 7)) + "number" + new string('}', 14) + " } }";
        var response = await app.GraphQLAsync(deep, token: await app.ProgrammeToken());
        Assert.True(response.ErrorCode == "QUERY_TOO_COMPLEX", response.Body.ToJsonString());
        Assert.Null(response.Data?["municipality"]);
    }

    [Fact]
    public async Task Too_complex_a_query_is_refused_and_the_service_keeps_answering()
    {
        var token = await app.ProgrammeToken();
        var wide = "{ municipalities(first: 200) { nodes { county { municipalities { needs { cpv { parent { parent { code } } } } consortia { members { municipality { name } } } } } } } }";
        Assert.Equal("QUERY_TOO_COMPLEX", (await app.GraphQLAsync(wide, token: token)).ErrorCode);
        (await app.GraphQLAsync("{ counties { number } }", token: token)).Ok();
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var huge = new string('x', 300 * 1024);
        using var response = await app.Http.PostAsync("/graphql",
            new StringContent("{\"query\":\"{ viewer { role } }\",\"variables\":{\"pad\":\"" + huge + "\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_a_contract_error()
    {
        using var response = await app.Http.PostAsync("/graphql", new StringContent("{\"query\": \"{ viewer", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("VALIDATION_FAILED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_caller_over_the_rate_limit_is_refused_while_others_are_served()
    {
        var greedy = await app.MunicipalityToken("3101");
        GraphQLResponse? last = null;
        for (var i = 0; i < LimitedSiloApp.PermitLimit + 2; i++)
            last = await app.GraphQLAsync("{ viewer { role } }", token: greedy);
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.Status);
        Assert.Equal("RATE_LIMITED", last.ErrorCode);

        var other = await app.MunicipalityToken("3103");
        Assert.Equal("MUNICIPALITY", (await app.GraphQLAsync("{ viewer { role } }", token: other)).Ok()["viewer"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_hub_limits_subscriptions_per_connection()
    {
        await using var live = await app.ConnectLiveAsync(await app.MunicipalityToken("3105"));
        // One topic, many times, is one subscription; a hundred distinct topics are the ceiling.
        var municipalities = new Samspill.Grains.ReferenceData.ReferenceCatalog(new()).Municipalities.Select(m => m.Number).ToList();
        var programme = await app.ConnectLiveAsync(await app.ProgrammeToken());
        await using (programme)
        {
            for (var i = 0; i < Samspill.Gateway.Live.LiveHub.MaxSubscriptionsPerConnection; i++)
            {
                try { await LiveRecorder.Subscribe(programme, $"municipality/{municipalities[i]}"); }
                catch (Exception e) { throw new Exception($"at {i}: {e.Message}", e); }
            }
            var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(programme, $"municipality/{municipalities[150]}"));
            // The contract code comes first, not SignalR's own "An unexpected error occurred…" sentence.
            Assert.StartsWith("RATE_LIMITED: ", ex.Message);
        }
    }

    [Fact]
    public async Task The_hub_closes_a_connection_that_sends_an_oversized_message()
    {
        await using var live = await app.ConnectLiveAsync(null);
        var closed = new TaskCompletionSource();
        live.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await Assert.ThrowsAnyAsync<Exception>(() => live.InvokeAsync<object>("Subscribe", new string('a', 64 * 1024), null));
        Assert.Same(closed.Task, await Task.WhenAny(closed.Task, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal(HubConnectionState.Disconnected, live.State);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_cors_allows_only_the_configured_origin()
    {
        using var allowed = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        allowed.Headers.Add("Origin", "https://samspill.example");
        allowed.Headers.Add("Access-Control-Request-Method", "POST");
        using var allowedResponse = await app.Http.SendAsync(allowed);
        Assert.Equal("https://samspill.example", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        other.Headers.Add("Origin", "https://evil.example");
        other.Headers.Add("Access-Control-Request-Method", "POST");
        using var otherResponse = await app.Http.SendAsync(other);
        Assert.False(otherResponse.Headers.Contains("Access-Control-Allow-Origin"));

        using var plain = await app.Http.GetAsync("/health/live");
        Assert.Equal("nosniff", plain.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", plain.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", plain.Headers.GetValues("Content-Security-Policy").Single());
    }
}

/// <summary>A host whose GraphQL execution timeout is too short for any real query.</summary>
public sealed class ImpatientSiloApp : SiloApp
{
    public ImpatientSiloApp() => With("GraphQL:Timeout", "00:00:00.0000010");
}

/// <summary>The execution timeout cuts a query off with a contract error; the silo keeps serving.</summary>
public sealed class ExecutionTimeoutTests(ImpatientSiloApp app) : IClassFixture<ImpatientSiloApp>
{
    [Fact]
    public async Task A_query_that_outruns_the_timeout_is_cut_off_and_the_silo_keeps_answering()
    {
        // The timeout is observed between fields only after its timer has run on the thread pool: the 200 needs lists are
        // grain calls, so the query lasts long past it even on a busy machine (catalog fields alone can finish first).
        var response = await app.GraphQLAsync("{ municipalities(first: 200) { nodes { name needs { id } county { municipalities { name } } } } }");
        Assert.Equal("QUERY_TOO_COMPLEX", response.ErrorCode);
        using var health = await app.Http.GetAsync("/health/ready");
        Assert.True(health.IsSuccessStatusCode);
    }
}
