using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Grains.Matching;
using Samspill.Grains.Search;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Tests.Infrastructure;

/// <summary>
/// The real silo host (Orleans + GraphQL + SignalR) on Kestrel at a free 127.0.0.1 port, with memory storage and
/// dev tokens, plus small clients for GraphQL and the live hub.
/// </summary>
public class SiloApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly int _httpPort = FreePort.Next();
    private readonly int _siloPort = FreePort.Next();
    private readonly int _gatewayPort = FreePort.Next();
    private readonly Dictionary<string, string?> _settings = new();
    private HttpClient? _http;

    public SiloApp()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, _httpPort));
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{_httpPort}");
    public HttpClient Http => _http ??= new HttpClient { BaseAddress = BaseUrl };

    /// <summary>Extra configuration for a specific test host (set before the first request).</summary>
    public SiloApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>The host environment; Development unless a test needs production behaviour.</summary>
    public string Environment { get; set; } = "Development";

    /// <summary>Services to replace in a specific test host.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Orleans:SiloPort", _siloPort.ToString());
        builder.UseSetting("Orleans:GatewayPort", _gatewayPort.ToString());
        builder.UseSetting("Orleans:ClusterId", $"test-{_siloPort}");
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("Authentication:DevTokens:Enabled", Environment == "Development" ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("PublicSite:BaseUrl", BaseUrl.ToString());
        // No SMTP server (nor smtp4dev) unless a test brings its own: see the e-mail tests.
        builder.UseSetting("Email:Enabled", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (ConfigureTestServices is { } configure) builder.ConfigureServices(configure);
    }

    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _http?.Dispose();
        return base.DisposeAsync().AsTask();
    }

    public async Task<string> TokenAsync(string role, string? tenant, string? name = null)
    {
        var response = await Http.PostAsJsonAsync("/auth/dev-token", new { role, tenant, name = name ?? $"{role} {tenant}" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public Task<string> MunicipalityToken(string number) => TokenAsync("municipality", number);
    public Task<string> SupplierToken(string org) => TokenAsync("supplier", org);
    public Task<string> ProgrammeToken() => TokenAsync("programme", null);

    /// <summary>POST /graphql; returns the whole response body (data and errors).</summary>
    public async Task<GraphQLResponse> GraphQLAsync(string query, object? variables = null, string? token = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(text)!.AsObject())
        {
            Replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Contains("true"),
        };
    }

    /// <summary>
    /// Waits until the search index took what was acknowledged before (<see cref="SearchSettled"/>): the index and partner
    /// suggestions follow a change's acknowledgement (within a second), so a test reading them waits for that first.
    /// </summary>
    public Task Settled() =>
        SearchSettled.WaitAsync(Services.GetRequiredService<IGrainFactory>(), Services.GetRequiredService<ReferenceCatalog>());

    /// <summary>A started connection to /hubs/live over WebSockets.</summary>
    public async Task<HubConnection> ConnectLiveAsync(string? token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseUrl, "/hubs/live"), o =>
            {
                if (token is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}

/// <summary>A GraphQL response with helpers for the common assertions.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body)
{
    public JsonNode? Data => Body["data"];
    /// <summary>The answer was replayed from an earlier request with the same Idempotency-Key.</summary>
    public bool Replayed { get; init; }
    public JsonArray? Errors => Body["errors"] as JsonArray;
    public string? ErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();
    public string? ErrorRule => Errors?[0]?["extensions"]?["rule"]?.GetValue<string>();
    public string? ErrorField => Errors?[0]?["extensions"]?["field"]?.GetValue<string>();

    /// <summary>The data, failing the test with the errors when there are any.</summary>
    public JsonNode Ok()
    {
        if (Errors is { Count: > 0 }) throw new Xunit.Sdk.XunitException($"GraphQL errors: {Errors.ToJsonString()}");
        return Data!;
    }
}
