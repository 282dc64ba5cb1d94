using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Samspill.Bench.LiveFanout;

/// <summary>One subscriber count and protocol: a fresh silo and a fresh bare hub, both paths measured on one set of connections.</summary>
public static class FanoutPhase
{
    private const string Municipality = "1804";
    private const string Topic = $"municipality/{Municipality}";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task<FanoutRun> RunAsync(FanoutOptions options, int subscribers, bool messagePack)
    {
        var protocol = messagePack ? "MessagePack" : "JSON";
        var silo = await SiloProcess.StartAsync(new Dictionary<string, string>(SiloProcess.InMemory())
        {
            // One caller opens every connection and sends every mutation here; the abuse limits are not what is measured.
            ["Limits:PermitLimit"] = "10000000",
            ["Limits:HubCallsPerWindow"] = "10000000",
            ["Limits:LookupsPerWindow"] = "10000000",
        }.Concat(options.SiloSettings).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value), TimeSpan.FromSeconds(120));
        await using var _ = silo;
        using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var token = await TokenAsync(http);
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var needId = (await GraphQLAsync(http, """mutation { publishNeed(input: { title: "Målt behov", description: "d", cpv: ["72000000-5"], category: SERVICES, visibility: PRIVATE }) { id } }"""))
            .GetProperty("publishNeed").GetProperty("id").GetString()!;

        // One event as JSON clients get it: the payload the bare broadcast sends again.
        var (template, lastSequence) = await TemplateAsync(silo.BaseAddress, token, http, needId);
        await Task.Delay(Settle);
        var siloIdle = silo.WorkingSet;
        await GcDump.CollectAsync(options.GcDumpDir, silo.ProcessId, $"silo-idle-{protocol}");

        await using var clients = new FanoutClients(new Uri(silo.BaseAddress, "/hubs/live"), token, messagePack);
        var connecting = Stopwatch.StartNew();
        await clients.ConnectAsync(subscribers, options.ConnectParallel, Topic);
        connecting.Stop();
        await Task.Delay(Settle);
        var siloConnected = silo.WorkingSet;
        // After the reading: a heap dump forces a full collection.
        await GcDump.CollectAsync(options.GcDumpDir, silo.ProcessId, $"silo-{subscribers}-{protocol}");

        var rounds = options.Warmup + options.Events;
        var interval = options.Interval(subscribers);
        // Platform events are told apart by their sequence, bare ones by a negative one.
        clients.Expect(2 * rounds, sequence => sequence > 0 ? (int)(sequence - lastSequence - 1) : sequence < 0 ? rounds + (int)(-sequence - 1) : -1);
        var sent = new long[2 * rounds];
        var answered = new long[2 * rounds];
        var handedOff = new double[2 * rounds];
        var peak = siloConnected;
        var siloCpuBefore = silo.CpuTime;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, silo.WorkingSet);
                try { await Task.Delay(200, sampling.Token); }
                catch (OperationCanceledException) { }
            }
        });

        var sends = new List<Task>();
        var clock = Stopwatch.StartNew();
        var tick = 0;
        for (var round = 0; round < rounds; round++)
        {
            // Alternate which path goes first, so neither always follows the other's fan-out.
            var order = round % 2 == 0 ? new[] { true, false } : new[] { false, true };
            foreach (var platform in order)
            {
                var due = interval * tick++;
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
                var slot = platform ? round : rounds + round;
                var r = round;
                sends.Add(Task.Run(async () =>
                {
                    sent[slot] = Stopwatch.GetTimestamp();
                    if (platform)
                    {
                        await GraphQLAsync(http, "mutation($n: ID!, $t: String!) { updateNeed(input: { id: $n, title: $t }) { id } }", new { n = needId, t = $"Målt behov {r}" });
                    }
                    else
                    {
                        var message = template.DeepClone().AsObject();
                        message["sequence"] = -(r + 1);
                        using var response = await http.PostAsJsonAsync("/dev/live-broadcast", new { group = Topic, @event = message });
                        response.EnsureSuccessStatusCode();
                        handedOff[slot] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("handedOffMs").GetDouble();
                    }
                    answered[slot] = Stopwatch.GetTimestamp();
                }));
            }
        }
        await Task.WhenAll(sends);
        var allArrived = Task.WhenAll(Enumerable.Range(0, 2 * rounds).Select(clients.Complete));
        await Task.WhenAny(allArrived, Task.Delay(TimeSpan.FromSeconds(30)));
        clock.Stop();
        var siloCpu = silo.CpuTime - siloCpuBefore;
        await sampling.CancelAsync();
        await sampler;

        Contender Measure(string name, int first) => Contender.From(name, Enumerable.Range(first + options.Warmup, options.Events)
            .Select(slot => new EventArrivals(sent[slot], answered[slot], handedOff[slot], clients.Arrivals(slot))).ToList());
        var platformPath = Measure("platform: mutation → grain → topic grain → group", 0);
        var bare = Measure("bare IHubContext group broadcast", rounds);
        await clients.DisposeAsync();

        // The floor for memory: the same connections on a bare hub.
        var (bareIdle, bareConnected) = await BareHubMemoryAsync(options, subscribers, messagePack);
        return new FanoutRun(subscribers, protocol, interval, connecting.Elapsed, platformPath, bare,
            new Memory(siloIdle, siloConnected, peak), new Memory(bareIdle, bareConnected, bareConnected), siloCpu, clock.Elapsed);
    }

    private static async Task<(long Idle, long Connected)> BareHubMemoryAsync(FanoutOptions options, int subscribers, bool messagePack)
    {
        await using var hub = await BareHub.Process.StartAsync(TimeSpan.FromSeconds(60));
        // Warm the hub the way the silo was warmed: one connection in and out before the idle reading.
        await using (var warm = new FanoutClients(new Uri(hub.BaseUrl, "/hubs/live"), null, messagePack))
            await warm.ConnectAsync(1, 1, Topic);
        await Task.Delay(Settle);
        var idle = hub.WorkingSet;
        await GcDump.CollectAsync(options.GcDumpDir, hub.ProcessId, $"bare-idle-{(messagePack ? "MessagePack" : "JSON")}");
        await using var clients = new FanoutClients(new Uri(hub.BaseUrl, "/hubs/live"), null, messagePack);
        await clients.ConnectAsync(subscribers, options.ConnectParallel, Topic);
        await Task.Delay(Settle);
        var connected = hub.WorkingSet;
        await GcDump.CollectAsync(options.GcDumpDir, hub.ProcessId, $"bare-{subscribers}-{(messagePack ? "MessagePack" : "JSON")}");
        return (idle, connected);
    }

    private static async Task<(JsonObject Template, long Sequence)> TemplateAsync(Uri baseUrl, string token, HttpClient http, string needId)
    {
        var arrived = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var probe = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        probe.On<JsonElement>("event", e => arrived.TrySetResult(e.Clone()));
        await probe.StartAsync();
        await probe.InvokeAsync<JsonElement>("Subscribe", Topic, null);
        await GraphQLAsync(http, "mutation($n: ID!) { updateNeed(input: { id: $n, title: \"Målt behov\" }) { id } }", new { n = needId });
        var e = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return (JsonNode.Parse(e.GetRawText())!.AsObject(), e.GetProperty("sequence").GetInt64());
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/auth/dev-token", new { role = "municipality", tenant = Municipality, name = "Bench" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }
}
