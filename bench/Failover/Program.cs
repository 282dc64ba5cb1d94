using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samspill.Silo.Tests.Infrastructure;

// Failover (issue 17): three silo processes on loopback, a steady stream of reads and keyed mutations, kill -9 of one.
// Counts failed requests, the longest stall, and checks every acknowledged mutation is stored exactly once.
// Usage: dotnet run --project bench/Failover -c Release [-- --clustering Redis|AzureTable] [--mutations 60] [--kill-at 20]
var clustering = Arg("--clustering", "Redis");
var total = int.Parse(Arg("--mutations", "60"));
var killAt = int.Parse(Arg("--kill-at", "20"));
var budget = TimeSpan.FromMinutes(4); // the whole stream, bounded
string[] municipalities = ["1804", "1806", "1833", "1865"];
const string PublishNeed = "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"85000000-9\"], category: SERVICES, visibility: MUNICIPALITIES }) { id } }";

var cluster = new ClusterFixture();
await cluster.InitializeAsync();
var silos = Array.Empty<SiloProcess>();
try
{
    var started = Stopwatch.StartNew();
    silos = await cluster.StartSilosAsync($"failover-{Guid.NewGuid():N}"[..20], 3, clustering);
    Console.WriteLine($"3 silos ({clustering} membership) ready in {started.Elapsed.TotalSeconds:0.0} s");
    var (a, victim) = (silos[0], silos[2]);
    var survivors = silos[..2];
    var staff = await a.TokenAsync("programme", null);
    var tokens = new Dictionary<string, string>();
    foreach (var m in municipalities) tokens[m] = await a.TokenAsync("municipality", m);

    var acknowledged = new List<(string Municipality, string Id, string Title)>();
    var killed = false;
    var attempts = 0;
    var failedMutationAttempts = 0;
    var longestMutation = TimeSpan.Zero;
    var reads = 0;
    var failedReads = new List<string>();
    var longestRead = TimeSpan.Zero;
    using var stop = new CancellationTokenSource(budget);

    // Two writers, each mutation with its own Idempotency-Key, resent with the same key to another silo up to 10 times.
    async Task WriterAsync(int writer)
    {
        while (!stop.IsCancellationRequested)
        {
            int n;
            lock (acknowledged)
            {
                if (acknowledged.Count >= total) return;
                n = attempts++;
            }
            var municipality = municipalities[n % municipalities.Length];
            var (title, key) = ($"Failover {n}", Guid.NewGuid().ToString());
            var clock = Stopwatch.StartNew();
            for (var tries = 0; tries < 10 && !stop.IsCancellationRequested; tries++)
            {
                var up = Volatile.Read(ref killed) ? survivors : silos;
                var id = await TryPublishAsync(up[(n + writer + tries) % up.Length], tokens[municipality], title, key);
                if (id is not null)
                {
                    lock (acknowledged)
                    {
                        acknowledged.Add((municipality, id, title));
                        if (clock.Elapsed > longestMutation) longestMutation = clock.Elapsed;
                    }
                    break;
                }
                Interlocked.Increment(ref failedMutationAttempts);
                await Task.Delay(200);
            }
        }
    }

    // Two readers read acknowledged needs through the survivors, all through the kill.
    async Task ReaderAsync(int reader)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            (string Municipality, string Id, string Title) target;
            lock (acknowledged)
            {
                if (acknowledged.Count >= total) return;
                target = acknowledged.Count == 0 ? default : acknowledged[(i * 7 + reader) % acknowledged.Count];
            }
            if (target.Id is null) { await Task.Delay(50); continue; }
            var clock = Stopwatch.StartNew();
            var failure = await TryReadAsync(survivors[(i + reader) % 2], staff, target.Id, target.Municipality);
            lock (failedReads)
            {
                reads++;
                if (clock.Elapsed > longestRead) longestRead = clock.Elapsed;
                if (failure is not null) failedReads.Add(failure);
            }
            await Task.Delay(20);
        }
    }

    var stream = Task.WhenAll(WriterAsync(0), WriterAsync(1), ReaderAsync(0), ReaderAsync(1));
    while (!stream.IsCompleted)
    {
        lock (acknowledged) if (acknowledged.Count >= killAt) break;
        await Task.Delay(20);
    }
    var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
    victim.Kill(); // SIGKILL: no graceful shutdown
    Volatile.Write(ref killed, true);
    var killedAt = Stopwatch.StartNew();
    await stream;
    var streamAfterKill = killedAt.Elapsed;

    // Exactly once: every acknowledged need is stored, and no title is stored twice.
    var duplicates = 0;
    var missing = 0;
    foreach (var m in municipalities)
    {
        var body = await a.GraphQLAsync("query($n: ID!) { municipality(number: $n) { needs { id title } } }", new { n = m }, tokens[m]);
        var titles = body["data"]!["municipality"]!["needs"]!.AsArray().Select(x => x!["title"]!.GetValue<string>()).Where(t => t.StartsWith("Failover ", StringComparison.Ordinal)).ToList();
        duplicates += titles.Count - titles.Distinct().Count();
        missing += acknowledged.Count(x => x.Municipality == m && !titles.Contains(x.Title));
    }

    Console.WriteLine($"| membership | reads | failed reads | longest read | mutations acknowledged | failed mutation attempts (resent with their key) | longest mutation | missing | applied twice | stream after kill | load avg at kill |");
    Console.WriteLine($"|---|---|---|---|---|---|---|---|---|---|---|");
    Console.WriteLine($"| {clustering} | {reads} | {failedReads.Count} | {longestRead.TotalSeconds:0.0} s | {acknowledged.Count} of {total} | {failedMutationAttempts} | {longestMutation.TotalSeconds:0.0} s | {missing} | {duplicates} | {streamAfterKill.TotalSeconds:0.0} s | {string.Join(" ", load)} |");
    foreach (var f in failedReads.Take(3)) Console.WriteLine($"failed read: {f}");
    return failedReads.Count == 0 && missing == 0 && duplicates == 0 && acknowledged.Count >= total ? 0 : 1;
}
finally
{
    foreach (var silo in silos) await silo.DisposeAsync();
    await cluster.DisposeAsync();
}

string Arg(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static async Task<string?> TryPublishAsync(SiloProcess silo, string token, string title, string key)
{
    try
    {
        var body = await silo.GraphQLAsync(PublishNeed, new { t = title }, token, key);
        return body["errors"] is JsonArray { Count: > 0 } ? null : body["data"]?["publishNeed"]?["id"]?.GetValue<string>();
    }
    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
    {
        return null;
    }
}

static async Task<string?> TryReadAsync(SiloProcess silo, string token, string id, string municipality)
{
    try
    {
        var body = await silo.GraphQLAsync("query($id: ID!) { need(id: $id) { id municipality { number } } }", new { id }, token);
        if (body["errors"] is JsonArray { Count: > 0 } errors) return errors.ToJsonString();
        return body["data"]?["need"]?["municipality"]?["number"]?.GetValue<string>() == municipality ? null : $"need {id} not answered";
    }
    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
    {
        return $"{ex.GetType().Name}: {ex.Message}";
    }
}
