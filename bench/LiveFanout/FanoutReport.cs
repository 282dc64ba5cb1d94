using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Samspill.Bench.LiveFanout;

/// <summary>The Markdown report: setup, latency per path, the ratios issue 17 sets goals for, memory per connection.</summary>
public static class FanoutReport
{
    public const string Title = "# Live fan-out: the platform's push path next to a bare SignalR broadcast\n\nNewest run first.\n\n";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(FanoutOptions options, IReadOnlyList<FanoutRun> runs, DateTime started, string loadBefore, string loadAfter, TimeSpan elapsed)
    {
        var t = new StringBuilder();
        t.AppendLine(Inv, $"## Run {started:yyyy-MM-dd HH:mm} UTC");
        t.AppendLine();
        t.AppendLine(Inv, $"- Machine: {RuntimeInformation.OSDescription}, {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0.#} GiB; {RuntimeInformation.FrameworkDescription}; shared with other sessions");
        t.AppendLine(Inv, $"- Load average (1, 5, 15 min) before: {loadBefore}; after: {loadAfter}; {elapsed.TotalMinutes:0.0} min in all");
        t.AppendLine(Inv, $"- Command: `{options.CommandLine}`");
        t.AppendLine(Inv, $"- Setup: a fresh silo executable per row (Development, memory storage, a child process on 127.0.0.1); all subscribers are WebSocket hub connections (skip-negotiate) in this bench process, subscribed to `municipality/1804` with one municipality token. Per path {options.Events} events measured after {options.Warmup} warm-up, the two paths alternating, one send every interval (open loop). The platform sends `updateNeed` (GraphQL over HTTP) → `NeedUpdated`; the bare path POSTs the same event (negative sequence) to the Development-only `/dev/live-broadcast`, which calls `IHubContext<LiveHub>.Clients.Group(…).SendAsync` on the same connections.");
        if (options.SiloSettings.Count > 0)
            t.AppendLine(Inv, $"- Silo settings beyond the defaults: {string.Join(", ", options.SiloSettings.Select(kv => $"`{kv.Key}={kv.Value}`"))}");
        t.AppendLine("- Delivery latency: from just before the HTTP request to the moment a connection's handler ran, over every (event, connection). *Last of event*: until the last connection had it. *Response*: until the HTTP answer, which both paths give only once the group send returned, i.e. every connection's frame was handed to its transport (the server's share plus one HTTP round trip); *hand-off*: the bare endpoint's own timing of the group send.");
        t.AppendLine("- Memory: the process's working set before any subscriber (after warm-up), with all connected (3 s later), and at its peak during the events; per connection = (connected − idle) ÷ N. The bare hub is this bench's executable in `--bare-hub` mode (ASP.NET Core + SignalR, JSON and MessagePack, no authentication), server GC as the silo.");
        t.AppendLine();
        t.AppendLine("| subscribers | protocol | interval | path | delivered | p50 ms | p99 ms | max ms | last of event p50 / max ms | response p50 / p99 ms | hand-off p50 / max ms |");
        t.AppendLine("|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
            foreach (var c in new[] { r.Platform, r.Bare })
                t.AppendLine(Inv, $"| {r.Subscribers:N0} | {r.Protocol} | {r.Interval.TotalMilliseconds:0} ms | {c.Name} | {c.Delivered:N0}/{c.Expected:N0} | {c.Delivery.P50:0.0} | {c.Delivery.P99:0.0} | {c.Delivery.Max:0.0} | {c.LastOfEvent.P50:0.0} / {c.LastOfEvent.Max:0.0} | {c.Response.P50:0.0} / {c.Response.P99:0.0} | {(c.HandedOff.Max > 0 ? $"{c.HandedOff.P50:0.0} / {c.HandedOff.Max:0.0}" : "–")} |");
        t.AppendLine();
        t.AppendLine("Ratios (goal: platform ÷ bare JSON ≤ 1.1 with JSON; platform with MessagePack ÷ bare JSON < 0.8):");
        t.AppendLine();
        t.AppendLine("| subscribers | protocol | platform ÷ bare (same protocol) p50 / p99 / max | platform ÷ bare JSON p50 / p99 / max | server share: response p50 platform ÷ bare |");
        t.AppendLine("|---:|---|---:|---:|---:|");
        foreach (var r in runs)
        {
            var json = runs.FirstOrDefault(x => x.Subscribers == r.Subscribers && x.Protocol == "JSON");
            var vsJson = json is null ? "–" : Ratios(r.Platform.Delivery, json.Bare.Delivery);
            t.AppendLine(Inv, $"| {r.Subscribers:N0} | {r.Protocol} | {Ratios(r.Platform.Delivery, r.Bare.Delivery)} | {vsJson} | {r.Platform.Response.P50 / r.Bare.Response.P50:0.00} |");
        }
        t.AppendLine();
        t.AppendLine("Memory (goal: silo per connection ≤ 1.1 × the bare hub's; 10,000 connections on one silo within 600 MB):");
        t.AppendLine();
        t.AppendLine("| subscribers | protocol | silo idle MB | silo connected MB | silo peak MB | silo KB/conn | bare hub idle MB | bare hub connected MB | bare hub KB/conn | ratio | connecting took | silo CPU during events |");
        t.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
            t.AppendLine(Inv, $"| {r.Subscribers:N0} | {r.Protocol} | {Mb(r.Silo.Idle)} | {Mb(r.Silo.Connected)} | {Mb(r.Silo.Peak)} | {r.Silo.PerConnectionKb(r.Subscribers):0.0} | {Mb(r.BareHub.Idle)} | {Mb(r.BareHub.Connected)} | {r.BareHub.PerConnectionKb(r.Subscribers):0.0} | {r.Silo.PerConnectionKb(r.Subscribers) / r.BareHub.PerConnectionKb(r.Subscribers):0.00} | {r.Connecting.TotalSeconds:0.0} s | {r.SiloCpu.TotalSeconds:0.0} s in {r.Elapsed.TotalSeconds:0} s |");
        t.AppendLine();
        return t.ToString();
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", Inv);

    private static string Ratios(Stats a, Stats b) => string.Create(Inv, $"{a.P50 / b.P50:0.00} / {a.P99 / b.P99:0.00} / {a.Max / b.Max:0.00}");
}
