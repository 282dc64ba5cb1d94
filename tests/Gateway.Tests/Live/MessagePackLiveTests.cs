using System.Collections;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Live;

/// <summary>
/// The live hub offers MessagePack to clients that ask for it, next to JSON: a MessagePack client subscribes and
/// receives the same event, in the same tree, as a JSON client on the same topic; hub errors keep the contract code first.
/// </summary>
public sealed class MessagePackLiveTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Bodo = "1804";
    private const string Topic = $"municipality/{Bodo}";

    [Fact]
    public async Task A_MessagePack_client_receives_the_same_event_a_JSON_client_does()
    {
        var token = await app.MunicipalityToken(Bodo);
        await using var json = await app.ConnectLiveAsync(token);
        await using var messagePack = await ConnectMessagePackAsync(token);
        var fromJson = Channel<JsonElement>(json);
        var fromMessagePack = Channel<object>(messagePack);

        var jsonSubscribed = await json.InvokeAsync<JsonElement>("Subscribe", Topic, null);
        var packSubscribed = Tree(await messagePack.InvokeAsync<object>("Subscribe", Topic, null));
        Assert.Equal(jsonSubscribed.GetProperty("sequence").GetInt64(), packSubscribed["sequence"]!.GetValue<long>());

        await app.GraphQLAsync("""mutation { publishNeed(input: { title: "Trygghetsteknologi i Bodø", description: "d", cpv: ["33196200-2", "48000000-8"], category: GOODS, estimatedValueNok: 900000 }) { id } }""", token: token);

        var jsonEvent = await fromJson.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));
        var packEvent = Tree(await fromMessagePack.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal("NeedPublished", jsonEvent.GetProperty("type").GetString());
        Assert.Equal(JsonNode.Parse(jsonEvent.GetRawText())!.ToJsonString(), packEvent.ToJsonString());
        Assert.Equal(["33196200-2", "48000000-8"], packEvent["data"]!["cpv"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task A_MessagePack_client_replays_in_the_same_shape_and_gets_errors_code_first()
    {
        var token = await app.MunicipalityToken(Bodo);
        await app.GraphQLAsync("""mutation { publishNeed(input: { title: "Før tilkobling", description: "d", cpv: ["72000000-5"], category: SERVICES, visibility: PRIVATE }) { id } }""", token: token);
        await using var json = await app.ConnectLiveAsync(token);
        await using var messagePack = await ConnectMessagePackAsync(token);

        var jsonReplay = await json.InvokeAsync<JsonElement>("Subscribe", Topic, 0L);
        var packReplay = Tree(await messagePack.InvokeAsync<object>("Subscribe", Topic, 0L));
        Assert.NotEmpty(jsonReplay.GetProperty("missed").EnumerateArray());
        Assert.Equal(JsonNode.Parse(jsonReplay.GetRawText())!.ToJsonString(), packReplay.ToJsonString());

        var refused = await Assert.ThrowsAsync<HubException>(() => messagePack.InvokeAsync<object>("Subscribe", "programme", null));
        Assert.StartsWith("FORBIDDEN", refused.Message);
    }

    [Fact]
    public async Task The_bench_broadcast_reaches_the_group_in_Development_from_loopback()
    {
        var token = await app.MunicipalityToken(Bodo);
        await using var json = await app.ConnectLiveAsync(token);
        var received = Channel<JsonElement>(json);
        await json.InvokeAsync<JsonElement>("Subscribe", Topic, null);

        using var response = await app.Http.PostAsJsonAsync("/dev/live-broadcast", new
        {
            group = Topic,
            @event = new { topic = Topic, sequence = -1, type = "NeedUpdated", occurredAt = DateTimeOffset.UtcNow, data = new { needId = "x" } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(-1, e.GetProperty("sequence").GetInt64());
    }

    private async Task<HubConnection> ConnectMessagePackAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseUrl, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private static System.Threading.Channels.Channel<T> Channel<T>(HubConnection connection)
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<T>();
        connection.On<T>("event", e => channel.Writer.TryWrite(e));
        return channel;
    }

    /// <summary>What a MessagePack client decoded without a schema (maps, arrays, primitives), as a JSON tree.</summary>
    private static JsonNode Tree(object? value) => value switch
    {
        IDictionary map => new JsonObject(map.Keys.Cast<object>().Select(k => KeyValuePair.Create(k.ToString()!, TreeOrNull(map[k])))),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        float or double => JsonValue.Create(Convert.ToDouble(value)),
        IConvertible number when value.GetType().IsPrimitive => JsonValue.Create(Convert.ToInt64(number)),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(TreeOrNull).ToArray()),
        _ => throw new InvalidOperationException($"Unexpected {value?.GetType()}"),
    };

    private static JsonNode? TreeOrNull(object? value) => value is null ? null : Tree(value);
}

/// <summary>Outside Development there is no bench broadcast to call.</summary>
public sealed class BenchBroadcastProductionTests : IClassFixture<BenchBroadcastProductionTests.Host>
{
    private readonly Host _app;

    public BenchBroadcastProductionTests(Host app) => _app = app;

    public sealed class Host : SiloApp
    {
        public Host()
        {
            Environment = "Production";
            With("Authentication:Authority", "https://login.example.no/realms/samspill");
        }
    }

    [Fact]
    public async Task The_bench_broadcast_is_not_there_in_Production()
    {
        using var response = await _app.Http.PostAsJsonAsync("/dev/live-broadcast", new { group = "programme", @event = new { topic = "programme", sequence = 1, type = "X", occurredAt = DateTimeOffset.UtcNow, data = new { } } });
        Assert.False(response.IsSuccessStatusCode, $"answered {(int)response.StatusCode}");
    }
}
