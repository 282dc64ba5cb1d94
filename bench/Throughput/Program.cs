// GraphQL mutations and reads per second against the real silo executable on loopback, on memory storage and on
// Azure Table Storage (Azurite), side by side in one run: publishNeed from 1, 4 and 32 concurrent clients (each a
// different municipality) and need(id) reads of one need, first on a nearly empty platform, then again with more
// needs stored. See bench/README.md.
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Samspill.Bench.LiveLatency;
using Samspill.Bench.Throughput;
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
foreach (var storage in options.Storages)
{
    Console.Error.WriteLine($"== {storage}");
    string? azuriteLocation = null;
    AzuriteProcess? azurite = null;
    try
    {
        List<string> settings =
        [
            // The bench is many callers' worth of load from one process; the abuse limits are not what it measures.
            "--Limits:PermitLimit=10000000", "--Limits:LookupsPerWindow=10000000",
            // A queue of 32 publishes on a loaded machine can outlast the 15 s execution timeout; count it as slow, not failed.
            "--GraphQL:Timeout=00:01:30",
        ];
        if (storage == "azurite")
        {
            azuriteLocation = Directory.CreateTempSubdirectory("samspill-throughput-").FullName;
            azurite = await AzuriteLauncher.StartAsync(repoRoot, azuriteLocation, 0, NullLogger.Instance, CancellationToken.None);
            settings.AddRange(["--Storage:Provider=AzureTable", $"--ConnectionStrings:AzureStorage={azurite.ConnectionString}"]);
        }
        await using var silo = await SiloProcess.StartAsync(TimeSpan.FromSeconds(180), [.. settings]);
        results.AddRange(await RunStorageAsync(silo, storage));
    }
    finally
    {
        azurite?.Dispose();
        if (azuriteLocation is not null) try { Directory.Delete(azuriteLocation, true); } catch (IOException) { }
    }
}

var report = Report.Render(options, started, loadAtStart, LoadAverage(), results, File.Exists(output) ? await File.ReadAllTextAsync(output) : null);
Console.WriteLine(Report.Block(options, started, loadAtStart, LoadAverage(), results));
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report);
Console.Error.WriteLine($"Written to {output}");
return;

async Task<List<PhaseResult>> RunStorageAsync(SiloProcess silo, string storage)
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 }) { BaseAddress = silo.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
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
            "mutation($input: PublishNeedInput!) { publishNeed(input: $input) { id stage } }", new { input = NeedInputs.Make(index, n) }, mutation: true);
        Interlocked.Increment(ref stored);
        return data.GetProperty("publishNeed").GetProperty("id").GetString()!;
    }

    // Warm-up: every client's municipality and the grains behind a publish are active, and the silo's code past the
    // JIT's first tier, before anything is timed (the first seconds of a fresh process run several times slower).
    Console.Error.WriteLine("warm-up …");
    var readNeed = await Publish(municipalities[0]);
    await LoadPhase.RunAsync(silo, storage, "warm-up", stored, maxClients, options.Warmup, maxClients,
        (client, _) => Publish(municipalities[client]));
    await LoadPhase.RunAsync(silo, storage, "warm-up", stored, maxClients, options.Warmup, 10_000,
        (client, _) => Publish(municipalities[client]));
    await LoadPhase.RunAsync(silo, storage, "warm-up", stored, maxClients, options.Warmup / 2, 100_000,
        (client, _) => ReadNeedAsync(http, tokens[municipalities[client]], readNeed));

    var phases = new List<PhaseResult>();
    foreach (var level in options.Stored)
    {
        if (stored < level)
        {
            // Not timed: the platform fills up to the level through the same mutation, spread over every municipality.
            Console.Error.WriteLine($"storing up to {level} needs …");
            var fill = await LoadPhase.RunAsync(silo, storage, "fill", stored, 32, options.FillCap, level - stored,
                (client, i) => Publish(municipalities[(client + 32 * i) % municipalities.Count]));
            Console.Error.WriteLine($"  {stored} stored ({fill.PerSecond:0.0}/s, {fill.Errors} errors {fill.FirstError})");
        }
        var before = stored;
        foreach (var clients in options.Clients)
        {
            Console.Error.WriteLine($"publishNeed × {clients} clients ({before} stored) …");
            var r = await LoadPhase.RunAsync(silo, storage, "publishNeed", before, clients, options.Duration, options.MaxRequests,
                (client, _) => Publish(municipalities[client]));
            Console.Error.WriteLine($"  {r.PerSecond:0.0}/s p50 {r.Percentile(0.5):0.0} ms, {r.Errors} errors {r.FirstError}");
            phases.Add(r);
        }
        foreach (var clients in options.ReadClients)
        {
            Console.Error.WriteLine($"need(id) × {clients} clients …");
            var r = await LoadPhase.RunAsync(silo, storage, "need(id)", before, clients, options.Duration, options.MaxRequests,
                (client, _) => ReadNeedAsync(http, tokens[municipalities[client]], readNeed));
            Console.Error.WriteLine($"  {r.PerSecond:0.0}/s p50 {r.Percentile(0.5):0.0} ms, {r.Errors} errors {r.FirstError}");
            phases.Add(r);
        }
    }
    return phases;
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
    TimeSpan Duration, TimeSpan Warmup, int MaxRequests, TimeSpan FillCap, string? Label, string? Out, string Command)
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
            storages, Ints("--clients", "1,4,32"), Ints("--read-clients", "1,32"), Ints("--stored", "0,1000").Order().ToList(),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Get("--seconds", "10"), CultureInfo.InvariantCulture), 1, 120)),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Get("--warmup-seconds", "15"), CultureInfo.InvariantCulture), 1, 120)),
            Math.Clamp(int.Parse(Get("--max-requests", "50000"), CultureInfo.InvariantCulture), 1, 1_000_000),
            TimeSpan.FromSeconds(Math.Clamp(double.Parse(Get("--fill-seconds", "300"), CultureInfo.InvariantCulture), 1, 1800)),
            args.Contains("--label") ? Get("--label", "") : null,
            args.Contains("--out") ? Get("--out", "") : null,
            "dotnet run --project bench/Throughput -c Release" + (args.Length > 0 ? " -- " + string.Join(' ', args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a)) : ""));
    }
}
