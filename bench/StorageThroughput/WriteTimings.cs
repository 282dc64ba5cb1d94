using System.Diagnostics;

namespace Samspill.Bench.StorageThroughput;

/// <summary>Per-write latencies of one contender, summed over the rounds.</summary>
public sealed class WriteTimings(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public double TotalSeconds => _milliseconds.Sum() / 1000;

    public double WritesPerSecond => Count / TotalSeconds;

    public async Task TimeAsync(Func<Task> write)
    {
        var start = Stopwatch.GetTimestamp();
        await write();
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
