namespace Samspill.Bench.WebLive;

/// <summary>Nearest-rank percentiles of a sample of milliseconds.</summary>
public sealed class Percentiles(IEnumerable<double> values)
{
    private readonly double[] _sorted = values.OrderBy(v => v).ToArray();

    public int Count => _sorted.Length;
    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    public double At(double percent)
    {
        if (_sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
