// End-to-end live latency: a GraphQL mutation sent over HTTP → its event received by a SignalR client, against the
// real silo executable on loopback (memory storage). One mutation at a time, each producing exactly one event on
// the subscribed topic, so queueing never inflates the numbers. See bench/README.md.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Samspill.Bench.LiveLatency;
using Samspill.Silo.Hosting.Development;

var mutations = ArgInt("--mutations", 200);
var warmup = ArgInt("--warmup", 20);
const string Municipality = "1804";
var topic = $"municipality/{Municipality}";

var repoRoot = RepoRoot.Find(Directory.GetCurrentDirectory()) ?? RepoRoot.Find(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("Run inside the repository (no Collaboration.sln found above here).");
var output = ArgString("--out", Path.Combine(repoRoot, "bench", "results", "live-latency.md"));

await using var silo = await SiloProcess.StartAsync(SiloProcess.InMemory(), TimeSpan.FromSeconds(90));
using var http = new HttpClient { BaseAddress = silo.BaseAddress };
var tokenResponse = await http.PostAsJsonAsync("/auth/dev-token", new { role = "municipality", tenant = Municipality, name = "Bench" });
tokenResponse.EnsureSuccessStatusCode();
var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
http.DefaultRequestHeaders.Authorization = new("Bearer", token);

// One private need, renamed again and again: every updateNeed is one NeedUpdated on the municipality topic, and the
// grain's state stays the same size however long the run.
var needId = (await GraphQLAsync("""mutation { publishNeed(input: { title: "Målt behov", description: "d", cpv: ["72000000-5"], category: SERVICES, visibility: PRIVATE }) { id } }"""))
    .GetProperty("publishNeed").GetProperty("id").GetString()!;

var arrivals = new ConcurrentDictionary<long, TaskCompletionSource<(long At, string Type)>>();
TaskCompletionSource<(long At, string Type)> Arrival(long sequence) => arrivals.GetOrAdd(sequence, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

await using var live = new HubConnectionBuilder()
    .WithUrl(new Uri(silo.BaseAddress, "/hubs/live"), o =>
    {
        o.Transports = HttpTransportType.WebSockets;
        o.AccessTokenProvider = () => Task.FromResult<string?>(token);
    })
    .Build();
live.On<JsonElement>("event", e =>
{
    var at = Stopwatch.GetTimestamp();
    Arrival(e.GetProperty("sequence").GetInt64()).TrySetResult((at, e.GetProperty("type").GetString()!));
});
await live.StartAsync();
var sequence = (await live.InvokeAsync<JsonElement>("Subscribe", topic, null)).GetProperty("sequence").GetInt64();

var toEvent = new Latencies("mutation sent → event received (SignalR)");
var toResponse = new Latencies("mutation sent → HTTP response");
var clock = Stopwatch.StartNew();
for (var i = 0; i < warmup + mutations; i++)
{
    var expected = Arrival(++sequence);
    var sent = Stopwatch.GetTimestamp();
    await GraphQLAsync("mutation($n: ID!, $t: String!) { updateNeed(input: { id: $n, title: $t }) { id } }", new { n = needId, t = $"Målt behov {i}" });
    var answered = Stopwatch.GetTimestamp();
    var (at, type) = await expected.Task.WaitAsync(TimeSpan.FromSeconds(30));
    if (type != "NeedUpdated") throw new InvalidOperationException($"#{sequence} was {type}; something else publishes on {topic}.");
    if (i < warmup) continue;
    toEvent.Add(Stopwatch.GetElapsedTime(sent, at));
    toResponse.Add(Stopwatch.GetElapsedTime(sent, answered));
}
clock.Stop();

var report = Report();
Console.WriteLine(report);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine($"Written to {output}");
return;

async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
{
    using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors: {errors}");
    return body.GetProperty("data");
}

string Report()
{
    var inv = CultureInfo.InvariantCulture;
    var text = new StringBuilder();
    text.AppendLine("# Live latency: GraphQL mutation sent → SignalR event received");
    text.AppendLine();
    text.AppendLine(inv, $"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
    text.AppendLine(inv, $"- Machine: {RuntimeInformation.OSDescription}, {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0.#} GiB");
    text.AppendLine(inv, $"- Runtime: {RuntimeInformation.FrameworkDescription}; the silo executable (Development, Storage:Provider=Memory, Localhost clustering) as a separate process on 127.0.0.1");
    text.AppendLine(inv, $"- Workload: {mutations} `updateNeed` mutations one at a time over HTTP/1.1 (after {warmup} warm-up), each answered by one `NeedUpdated` on `{topic}`, received by a .NET SignalR client over WebSockets (JSON protocol); {clock.Elapsed.TotalSeconds:0.0} s in all");
    text.AppendLine("- Command: `dotnet run --project bench/LiveLatency -c Release` (options: `--mutations 200`, `--warmup 20`, `--out <file>`)");
    text.AppendLine();
    text.AppendLine("| measured | n | p50 ms | p95 ms | p99 ms | max ms | mean ms |");
    text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
    foreach (var l in new[] { toEvent, toResponse })
        text.AppendLine(inv, $"| {l.Name} | {l.Count} | {l.Percentile(0.5):0.00} | {l.Percentile(0.95):0.00} | {l.Percentile(0.99):0.00} | {l.Max:0.00} | {l.Mean:0.00} |");
    text.AppendLine();
    text.AppendLine("The event path: the municipality grain persists the change, hands the event to the topic grain, which persists it with its sequence number and pushes it to the SignalR group. With memory storage this measures the platform's own overhead; Azure Table Storage adds a write round trip per persisted step.");
    return text.ToString();
}

int ArgInt(string name, int fallback) => int.TryParse(ArgString(name, ""), out var value) && value > 0 ? value : fallback;

string ArgString(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
