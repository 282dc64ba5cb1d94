using System.Diagnostics;
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

    // Two writers, each mutation with its own Idempotency-Key, resent with the same key to another silo up to 10 times;
    // two readers read acknowledged needs through the survivors, all through the kill.
    var stream = new FailoverStream(silos, survivors, PublishNeed, "Failover", municipalities, tokens, staff, total);
    var running = stream.RunAsync(budget, CancellationToken.None);
    while (!running.IsCompleted && stream.AcknowledgedCount < killAt) await Task.Delay(20);
    var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
    victim.Kill(); // SIGKILL: no graceful shutdown
    stream.MarkKilled();
    var killedAt = Stopwatch.StartNew();
    await running;
    var streamAfterKill = killedAt.Elapsed;
    var (acknowledged, failedReads) = (stream.Acknowledged, stream.FailedReads);

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
    Console.WriteLine($"| {clustering} | {stream.Reads} | {failedReads.Count} | {stream.LongestRead.TotalSeconds:0.0} s | {acknowledged.Count} of {total} | {stream.Resent} | {stream.LongestMutation.TotalSeconds:0.0} s | {missing} | {duplicates} | {streamAfterKill.TotalSeconds:0.0} s | {string.Join(" ", load)} |");
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
