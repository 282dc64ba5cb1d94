// GraphQL mutations and reads per second against the real silo executable on loopback, on memory storage and on
// Azure Table Storage (Azurite), side by side in one run: publishNeed from 1, 8, 32 and 128 concurrent clients (each a
// different municipality), need(id) reads of one need through GraphQL next to the same grain call as plain JSON, and
// the sequential updateNeed → live event path; first on a nearly empty platform, then again with 10,000 and 100,000
// needs stored (filled through the same mutation, bounded in time). See bench/README.md.
using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Samspill.Bench.Throughput;
using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;
using Samspill.Silo.Hosting.Development;

var options = BenchOptions.Parse(args);
var repoRoot = RepoRoot.Find(Directory.GetCurrentDirectory()) ?? RepoRoot.Find(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("Run inside the repository (no Collaboration.sln found above here).");
var output = options.Out ?? Path.Combine(repoRoot, "bench", "results", "throughput.md");

// Municipalities in turn from each county, so concurrent clients are different municipalities in different counties.
var catalog = new ReferenceCatalog(new ReferenceDataOptions());
var municipalities = catalog.Municipalities
    .GroupBy(m => m.CountyNumber)
    .SelectMany(g => g.Select((m, i) => (m, i)))
    .OrderBy(x => x.i).ThenBy(x => x.m.CountyNumber, StringComparer.Ordinal)
    .Select(x => x.m.Number).ToList();
var maxClients = options.Clients.Concat(options.ReadClients).Max();
if (maxClients > municipalities.Count) throw new ArgumentException($"At most {municipalities.Count} clients (one per municipality).");

var started = DateTime.UtcNow;
var loadAtStart = LoadAverage();
var results = new List<PhaseResult>();
var fills = new List<FillRecord>();
const string PlainRead = "need as plain JSON";
foreach (var storage in options.Storages)
{
    Console.Error.WriteLine($"== {storage}");
    string? azuriteLocation = null;
    AzuriteProcess? azurite = null;
    try
    {
        var settings = new Dictionary<string, string>(SiloProcess.InMemory())
        {
            // The bench is many callers' worth of load from one process; the abuse limits are not what it measures.
            ["Limits:PermitLimit"] = "10000000",
            ["Limits:LookupsPerWindow"] = "10000000",
            // A queue of 32 publishes on a loaded machine can outlast the 15 s execution timeout; count it as slow, not failed.
            ["GraphQL:Timeout"] = "00:01:30",
        };
        if (storage == "azurite")
        {
            azuriteLocation = Directory.CreateTempSubdirectory("samspill-throughput-").FullName;
            azurite = await AzuriteLauncher.StartAsync(repoRoot, azuriteLocation, 0, NullLogger.Instance, CancellationToken.None);
            settings["Storage:Provider"] = "AzureTable";
            settings["ConnectionStrings:AzureStorage"] = azurite.ConnectionString;
        }
        await using var silo = await SiloProcess.StartAsync(settings, TimeSpan.FromSeconds(180));
        results.AddRange(await RunStorageAsync(silo, storage));
    }
    finally
    {
        azurite?.Dispose();
        if (azuriteLocation is not null) try { Directory.Delete(azuriteLocation, true); } catch (IOException) { }
    }
}

var loadAtEnd = LoadAverage();
var report = Report.Render(options, started, loadAtStart, loadAtEnd, results, fills, File.Exists(output) ? await File.ReadAllTextAsync(output) : null);
Console.WriteLine(Report.Block(options, started, loadAtStart, loadAtEnd, results, fills));
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report);
Console.Error.WriteLine($"Written to {output}");
return;

async Task<List<PhaseResult>> RunStorageAsync(SiloProcess silo, string storage)
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    var tokens = new Dictionary<string, string>();
    foreach (var number in municipalities)
    {
        var response = await http.PostAsJsonAsync("/auth/dev-token", new { role = "municipality", tenant = number, name = $"Bench {number}" });
        response.EnsureSuccessStatusCode();
        tokens[number] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    var stored = 0;
    var published = new int[municipalities.Count];
    async Task<string> Publish(string municipality)
    {
        var index = municipalities.IndexOf(municipality);
        var n = Interlocked.Increment(ref published[index]);
        var data = await GraphQLAsync(http, tokens[municipality],
            "mutation PublishNeed($input: PublishNeedInput!) { publishNeed(input: $input) { id title } }", new { input = NeedInputs.Make(index, n) }, mutation: true);
        Interlocked.Increment(ref stored);
        return data.GetProperty("publishNeed").GetProperty("id").GetString()!;
    }

    // The silo's count of grain state written so far, per state type (Development's loopback-only endpoint).
    async Task<IReadOnlyList<StateWrites>> StateWritesAsync() =>
        await http.GetFromJsonAsync<List<StateWrites>>("/dev/bench/state-writes", JsonSerializerOptions.Web) ?? [];

    // Until the county feeds have indexed and matched everything acknowledged so far; one call gives up after the
    // silo's response timeout when the feeds lag far behind, so ask again, for at most ten minutes.
    async Task Settled()
    {
        var until = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            using var response = await http.PostAsync("/dev/bench/settled", null);
            if (response.IsSuccessStatusCode) return;
            if (DateTime.UtcNow > until) response.EnsureSuccessStatusCode();
        }
    }

    // Warm-up: every client's municipality and the grains behind a publish are active, and the silo's code past the
    // JIT's first tier, before anything is timed (the first seconds of a fresh process run several times slower).
    Console.Error.WriteLine($"warm-up … (silo pid {silo.ProcessId})");
    var readNeed = await Publish(municipalities[0]);
    if (!options.ReadsOnly)
    {
        await LoadPhase.RunAsync(silo, storage, "warm-up", stored, maxClients, options.Warmup, maxClients,
            (client, _) => Publish(municipalities[client]));
        await LoadPhase.RunAsync(silo, storage, "warm-up", stored, maxClients, options.Warmup, 10_000,
            (client, _) => Publish(municipalities[client]));
    }
    await LoadPhase.RunAsync(silo, storage, "warm-up", stored, maxClients, options.Warmup / 2, 100_000,
        (client, _) => ReadNeedAsync(http, tokens[municipalities[client]], readNeed));
    await LoadPhase.RunAsync(silo, storage, "warm-up", stored, maxClients, options.Warmup / 2, 100_000,
        (client, _) => ReadPlainNeedAsync(http, tokens[municipalities[client]], readNeed));
    await Settled();
    var phases = new List<PhaseResult>();
    if (options.ReadsOnly)
    {
        // The gateway's overhead alone: GraphQL and plain JSON in turn, several rounds, so both see the same load.
        for (var round = 1; round <= options.Rounds; round++)
            foreach (var clients in options.ReadClients)
                phases.AddRange(await ReadPhasesAsync(stored, clients, round));
        return phases;
    }
    await using var events = await EventPath.StartAsync(silo.BaseAddress, http, tokens[municipalities[0]], municipalities[0]);
    await events.RunAsync(http, 10, TimeSpan.FromSeconds(30));

    foreach (var level in options.Stored)
    {
        if (stored < level)
        {
            // Not timed: the platform fills up to the level through the same mutation, spread over every municipality.
            Console.Error.WriteLine($"storing up to {level} needs …");
            var fillers = options.FillClients;
            var fill = await LoadPhase.RunAsync(silo, storage, "fill", stored, fillers, options.FillCap, level - stored,
                (client, i) => Publish(municipalities[(client + fillers * i) % municipalities.Count]), Settled);
            Console.Error.WriteLine($"  {stored} stored ({fill.PerSecond:0.0}/s, {fill.Errors} errors {fill.FirstError}, feed settled {fill.SettleMs:0} ms after)");
            fills.Add(new FillRecord(storage, level, stored, fill.Elapsed, fillers));
        }
        var before = stored;
        foreach (var clients in options.Clients)
        {
            Console.Error.WriteLine($"publishNeed × {clients} clients ({before} stored) …");
            // The search index and partner matching follow the acknowledgement; the phase's silo CPU includes them
            // (it is read once the county feeds have settled).
            var trace = StartTrace(silo, $"publish-{clients}-{before}", options.Clients.Max());
            var writtenBefore = await StateWritesAsync();
            var r = await LoadPhase.RunAsync(silo, storage, "publishNeed", before, clients, options.Duration, options.MaxRequests,
                (client, _) => Publish(municipalities[client]), Settled);
            r = r with { StateWritten = StateWriteCount.Between(writtenBefore, await StateWritesAsync()) };
            await EndTraceAsync(trace);
            Console.Error.WriteLine($"  {r.PerSecond:0.0}/s p50 {r.Percentile(0.5):0.0} ms, {r.Errors} errors {r.FirstError}");
            phases.Add(r);
        }
        foreach (var clients in options.ReadClients) phases.AddRange(await ReadPhasesAsync(before, clients, 1));
        Console.Error.WriteLine($"updateNeed → event, one at a time × {options.Events} …");
        var path = await events.RunAsync(http, options.Events, options.Duration * 3);
        phases.Add(path with { Storage = storage, StoredBefore = before });
        Console.Error.WriteLine($"  p50 {path.Percentile(0.5):0.0} ms");
    }
    return phases;

    async Task<PhaseResult[]> ReadPhasesAsync(int before, int clients, int round)
    {
        var suffix = round > 1 ? $" (round {round})" : "";
        Console.Error.WriteLine($"need(id) × {clients} clients{suffix} …");
        var trace = StartTrace(silo, $"graphql-{clients}-{round}", options.ReadClients.Max());
        var r = await LoadPhase.RunAsync(silo, storage, "need(id)" + suffix, before, clients, options.Duration, options.MaxRequests,
            (client, _) => ReadNeedAsync(http, tokens[municipalities[client]], readNeed));
        await EndTraceAsync(trace);
        Console.Error.WriteLine($"  {r.PerSecond:0.0}/s p50 {r.Percentile(0.5):0.0} ms, {r.SiloCpuMsPerRequest:0.000} silo ms/req, {r.Errors} errors {r.FirstError}");
        Console.Error.WriteLine($"plain JSON need × {clients} clients{suffix} …");
        trace = StartTrace(silo, $"plain-{clients}-{round}", options.ReadClients.Max());
        var plain = await LoadPhase.RunAsync(silo, storage, PlainRead + suffix, before, clients, options.Duration, options.MaxRequests,
            (client, _) => ReadPlainNeedAsync(http, tokens[municipalities[client]], readNeed));
        await EndTraceAsync(trace);
        Console.Error.WriteLine($"  {plain.PerSecond:0.0}/s p50 {plain.Percentile(0.5):0.0} ms, {plain.SiloCpuMsPerRequest:0.000} silo ms/req, {plain.Errors} errors {plain.FirstError}");
        return [r, plain];
    }
}

// With --trace DIR: dotnet-trace (on PATH) samples the silo during a publish or read phase at the most clients, for at
// most the phase's length; the phase's silo CPU then includes the tracing's own cost.
Process? StartTrace(SiloProcess silo, string name, int mostClients)
{
    if (options.TraceDir is null || !name.Contains($"-{mostClients}-", StringComparison.Ordinal)) return null;
    Directory.CreateDirectory(options.TraceDir);
    var seconds = Math.Max(1, (int)options.Duration.TotalSeconds - 1);
    var info = new ProcessStartInfo("dotnet-trace",
        ["collect", "-p", silo.ProcessId.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time",
         "--duration", $"00:00:00:{seconds:00}", "-o", Path.Combine(options.TraceDir, name + ".nettrace")])
    { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
    var process = Process.Start(info)!;
    Thread.Sleep(1000);
    return process;
}

static async Task EndTraceAsync(Process? trace)
{
    if (trace is null) return;
    await trace.WaitForExitAsync();
    trace.Dispose();
}

static async Task ReadPlainNeedAsync(HttpClient http, string token, string id)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, $"/dev/bench/needs/{Uri.EscapeDataString(id)}");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (body.GetProperty("id").GetString() != id) throw new InvalidOperationException($"need {id} not answered");
}

static async Task ReadNeedAsync(HttpClient http, string token, string id)
{
    var data = await GraphQLAsync(http, token, "query($id: ID!) { need(id: $id) { id title stage municipality { name } } }", new { id }, mutation: false);
    if (data.GetProperty("need").ValueKind != JsonValueKind.Object) throw new InvalidOperationException($"need {id} not found");
}

static async Task<JsonElement> GraphQLAsync(HttpClient http, string token, string query, object variables, bool mutation)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    // As the web app does: one key per mutation, so a retry of a lost answer changes nothing twice.
    if (mutation) request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
    using var response = await http.SendAsync(request);
    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
    if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors ({(int)response.StatusCode}): {errors}");
    return body.GetProperty("data");
}

static string LoadAverage()
{
    try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
    catch (IOException) { return "unknown"; }
}

/// <summary>Command-line options; every phase is bounded in time and in requests.</summary>
internal sealed record BenchOptions(
    IReadOnlyList<string> Storages, IReadOnlyList<int> Clients, IReadOnlyList<int> ReadClients, IReadOnlyList<int> Stored,
    TimeSpan Duration, TimeSpan Warmup, int MaxRequests, TimeSpan FillCap, int FillClients, int Events, string? Label, string? Out, string Command,
    bool ReadsOnly, int Rounds, string? TraceDir)
{
    public static BenchOptions Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        List<int> Ints(string name, string fallback) => Get(name, fallback).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var storages = Get("--storage", "memory,azurite").Split(',').Select(s => s.Trim().ToLowerInvariant()).ToList();
        if (storages.Any(s => s is not ("memory" or "azurite"))) throw new ArgumentException("--storage takes memory, azurite or both.");
        return new BenchOptions(
            storages, Ints("--clients", "1,8,32,128"), Ints("--read-clients", "1,32"), Ints("--stored", "0,10000,100000").Order().ToList(),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Get("--seconds", "10"), CultureInfo.InvariantCulture), 1, 120)),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Get("--warmup-seconds", "15"), CultureInfo.InvariantCulture), 1, 120)),
            Math.Clamp(int.Parse(Get("--max-requests", "50000"), CultureInfo.InvariantCulture), 1, 1_000_000),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Get("--fill-seconds", "600"), CultureInfo.InvariantCulture), 1, 3600)),
            Math.Clamp(int.Parse(Get("--fill-clients", "64"), CultureInfo.InvariantCulture), 1, 357),
            Math.Clamp(int.Parse(Get("--events", "100"), CultureInfo.InvariantCulture), 1, 10_000),
            args.Contains("--label") ? Get("--label", "") : null,
            args.Contains("--out") ? Get("--out", "") : null,
            "dotnet run --project bench/Throughput -c Release" + (args.Length > 0 ? " -- " + string.Join(' ', args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a)) : ""),
            // Only the read comparison (need(id) through GraphQL next to plain JSON), in --rounds alternating rounds.
            args.Contains("--reads-only"),
            Math.Clamp(int.Parse(Get("--rounds", "1"), CultureInfo.InvariantCulture), 1, 10),
            args.Contains("--trace") ? Get("--trace", "") : null);
    }
}

/// <summary>How a level of stored needs was reached: through publishNeed from many clients, bounded in time.</summary>
internal sealed record FillRecord(string Storage, int Target, int Reached, TimeSpan Elapsed, int Clients);

/// <summary>
/// The sequential mutation → event path: one SignalR client (WebSockets, JSON) on a municipality's topic and one
/// private need renamed one updateNeed at a time, each answered by one NeedUpdated, matched by its sequence.
/// </summary>
internal sealed class EventPath : IAsyncDisposable
{
    private readonly HubConnection _live;
    private readonly string _token;
    private readonly string _needId;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<(long At, string Type)>> _arrivals = new();
    private long _sequence;
    private int _renames;

    private EventPath(HubConnection live, string token, string needId) => (_live, _token, _needId) = (live, token, needId);

    public static async Task<EventPath> StartAsync(Uri baseUrl, HttpClient http, string token, string municipality)
    {
        var need = await Gql(http, token, """mutation { publishNeed(input: { title: "Målt behov", description: "d", cpv: ["72000000-5"], category: SERVICES, visibility: PRIVATE }) { id } }""", null);
        var live = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var path = new EventPath(live, token, need.GetProperty("publishNeed").GetProperty("id").GetString()!);
        live.On<JsonElement>("event", e =>
        {
            var at = Stopwatch.GetTimestamp();
            path.Arrival(e.GetProperty("sequence").GetInt64()).TrySetResult((at, e.GetProperty("type").GetString()!));
        });
        await live.StartAsync();
        path._sequence = (await live.InvokeAsync<JsonElement>("Subscribe", $"municipality/{municipality}", null)).GetProperty("sequence").GetInt64();
        return path;
    }

    private TaskCompletionSource<(long At, string Type)> Arrival(long sequence) =>
        _arrivals.GetOrAdd(sequence, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>At most <paramref name="count"/> renames, one after another, for at most <paramref name="cap"/>.</summary>
    public async Task<PhaseResult> RunAsync(HttpClient http, int count, TimeSpan cap)
    {
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        string? error = null;
        var errors = 0;
        for (var i = 0; i < count && clock.Elapsed < cap; i++)
        {
            try
            {
                var sent = Stopwatch.GetTimestamp();
                await Gql(http, _token, "mutation($n: ID!, $t: String!) { updateNeed(input: { id: $n, title: $t }) { id } }", new { n = _needId, t = $"Målt behov {++_renames}" });
                // Other clients publish on this municipality's topic too: wait for the next NeedUpdated of this need.
                while (true)
                {
                    var (at, type) = await Arrival(++_sequence).Task.WaitAsync(TimeSpan.FromSeconds(30));
                    if (type != "NeedUpdated") continue;
                    latencies.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
                    break;
                }
            }
            catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or HttpRequestException)
            {
                errors++;
                error ??= ex.Message;
            }
        }
        clock.Stop();
        return new PhaseResult("", "updateNeed → event (sequential)", 0, 1, latencies.Count, errors, error, clock.Elapsed, latencies.Order().ToList(), TimeSpan.Zero, TimeSpan.Zero);
    }

    private static async Task<JsonElement> Gql(HttpClient http, string token, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    public ValueTask DisposeAsync() => _live.DisposeAsync();
}
