namespace Samspill.Bench.LiveLatency;

/// <summary>Measured latencies in milliseconds, with nearest-rank percentiles.</summary>
public sealed class Latencies(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;
    public int Count => _milliseconds.Count;
    public double Mean => _milliseconds.Average();
    public double Max => _milliseconds.Max();

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
