// Live fan-out: N WebSocket subscribers on one topic (clients in this process, the silo a child process), the
// platform's push path (GraphQL mutation → municipality grain → topic grain → SignalR group) next to a bare
// IHubContext group broadcast of the same payload to the same connections, paced alike, for JSON and MessagePack;
// and the silo's memory per connection next to a bare hub's. See bench/README.md.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Samspill.Bench.LiveFanout;
using Samspill.Silo.Hosting.Development;

if (args.Contains(BareHub.Flag))
{
    await BareHub.RunAsync(args.Where(a => a != BareHub.Flag).ToArray());
    return;
}

var options = FanoutOptions.Parse(args);
var repoRoot = RepoRoot.Find(Directory.GetCurrentDirectory()) ?? RepoRoot.Find(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("Run inside the repository (no Collaboration.sln found above here).");
var output = options.Out ?? Path.Combine(repoRoot, "bench", "results", "live-fanout.md");
var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
var started = DateTime.UtcNow;
var deadline = Stopwatch.StartNew();
var runs = new List<FanoutRun>();

foreach (var subscribers in options.Subscribers)
{
    foreach (var protocol in options.Protocols)
    {
        if (deadline.Elapsed > options.TimeCap)
        {
            Console.WriteLine($"Time cap of {options.TimeCap.TotalMinutes:0} min reached; {subscribers} {protocol} not run.");
            continue;
        }
        Console.WriteLine($"== {subscribers} subscribers, {protocol}");
        var run = await FanoutPhase.RunAsync(options, subscribers, protocol == "messagepack");
        runs.Add(run);
        Console.WriteLine(run.Summary());
    }
}

var report = FanoutReport.Write(options, runs, started, loadBefore, File.ReadAllText("/proc/loadavg").Trim(), deadline.Elapsed);
Console.WriteLine(report);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var earlier = File.Exists(output) ? File.ReadAllText(output) : "";
var marker = earlier.IndexOf("\n## Run ", StringComparison.Ordinal);
await File.WriteAllTextAsync(output, FanoutReport.Title + report + (marker >= 0 ? "\n" + earlier[(marker + 1)..] : ""));
Console.WriteLine($"Written to {output}");
