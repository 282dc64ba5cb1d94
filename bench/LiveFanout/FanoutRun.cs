using System.Diagnostics;
using System.Globalization;

namespace Samspill.Bench.LiveFanout;

/// <summary>One sent event: when it was sent and answered, the server's hand-off time if it told one, and each connection's arrival (0 = never).</summary>
public sealed record EventArrivals(long Sent, long Answered, double HandedOffMs, long[] Arrivals);

/// <summary>Percentiles of one path over its measured events.</summary>
public sealed record Contender(string Name, int Expected, int Delivered, Stats Delivery, Stats LastOfEvent, Stats Response, Stats HandedOff)
{
    public static Contender From(string name, IReadOnlyList<EventArrivals> events)
    {
        var delivery = new List<double>();
        var last = new List<double>();
        foreach (var e in events)
        {
            var latest = 0.0;
            foreach (var at in e.Arrivals)
            {
                if (at == 0) continue;
                var ms = Stopwatch.GetElapsedTime(e.Sent, at).TotalMilliseconds;
                delivery.Add(ms);
                latest = Math.Max(latest, ms);
            }
            last.Add(latest);
        }
        return new(name, events.Sum(e => e.Arrivals.Length), delivery.Count, Stats.Of(delivery), Stats.Of(last),
            Stats.Of(events.Select(e => Stopwatch.GetElapsedTime(e.Sent, e.Answered).TotalMilliseconds)),
            Stats.Of(events.Select(e => e.HandedOffMs)));
    }
}

/// <summary>Nearest-rank percentiles in milliseconds.</summary>
public sealed record Stats(int Count, double P50, double P99, double Max)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return new(0, double.NaN, double.NaN, double.NaN);
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new(sorted.Length, At(0.5), At(0.99), sorted[^1]);
    }
}

/// <summary>A process's working set with no client connected (after warm-up), with the subscribers connected, and at its highest during the run.</summary>
public sealed record Memory(long Idle, long Connected, long Peak)
{
    public double PerConnectionKb(int connections) => (Connected - Idle) / 1024.0 / connections;
}

/// <summary>What one subscriber count and protocol measured.</summary>
public sealed record FanoutRun(
    int Subscribers, string Protocol, TimeSpan Interval, TimeSpan Connecting, Contender Platform, Contender Bare,
    Memory Silo, Memory BareHub, TimeSpan SiloCpu, TimeSpan Elapsed)
{
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"platform p50 {Platform.Delivery.P50:0.0} p99 {Platform.Delivery.P99:0.0} max {Platform.Delivery.Max:0.0} ({Platform.Delivered}/{Platform.Expected}); " +
        $"bare p50 {Bare.Delivery.P50:0.0} p99 {Bare.Delivery.P99:0.0} max {Bare.Delivery.Max:0.0} ({Bare.Delivered}/{Bare.Expected}); " +
        $"silo {Silo.Idle / 1048576.0:0} → {Silo.Connected / 1048576.0:0} MB (peak {Silo.Peak / 1048576.0:0}), {Silo.PerConnectionKb(Subscribers):0.0} KB/conn; " +
        $"bare hub {BareHub.Idle / 1048576.0:0} → {BareHub.Connected / 1048576.0:0} MB, {BareHub.PerConnectionKb(Subscribers):0.0} KB/conn");
}
