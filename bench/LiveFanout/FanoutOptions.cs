namespace Samspill.Bench.LiveFanout;

/// <summary>The bench's command line.</summary>
public sealed record FanoutOptions(
    int[] Subscribers, string[] Protocols, int Events, int Warmup, int? IntervalMs, int ConnectParallel, TimeSpan TimeCap, string? Out, string? GcDumpDir, IReadOnlyDictionary<string, string> SiloSettings, string CommandLine)
{
    public static FanoutOptions Parse(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int Int(string name, int fallback) => int.TryParse(Get(name), out var v) && v > 0 ? v : fallback;
        return new(
            (Get("--subscribers") ?? "1000").Split(',').Select(int.Parse).ToArray(),
            (Get("--protocols") ?? "json,messagepack").Split(',').Select(p => p.Trim().ToLowerInvariant()).ToArray(),
            Int("--events", 30),
            Int("--warmup", 3),
            int.TryParse(Get("--interval-ms"), out var interval) ? interval : null,
            Int("--connect-parallel", 32),
            TimeSpan.FromMinutes(Int("--minutes", 20)),
            Get("--out"),
            Get("--gcdump"),
            // --silo-setting Key=Value (repeatable): configuration for the silo under test, e.g. Dashboard:Enabled=false.
            args.Select((a, i) => (a, i)).Where(x => x.a == "--silo-setting" && x.i + 1 < args.Length).Select(x => args[x.i + 1].Split('=', 2))
                .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : ""),
            "dotnet run --project bench/LiveFanout -c Release" + (args.Length > 0 ? " -- " + string.Join(' ', args) : ""));
    }

    /// <summary>The time between two sends (either path): long enough that one fan-out is done before the next starts.</summary>
    public TimeSpan Interval(int subscribers) => TimeSpan.FromMilliseconds(IntervalMs ?? Math.Max(100, subscribers / 10));
}
