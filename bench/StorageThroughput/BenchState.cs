namespace Samspill.Bench.StorageThroughput;

/// <summary>A grain state of roughly 2 KB of JSON, shaped like a small roster.</summary>
public sealed class BenchState
{
    public string Title { get; set; } = "";

    public int Version { get; set; }

    public List<BenchMember> Members { get; set; } = [];

    public static BenchState Create() => new()
    {
        Title = "Korps Nord – øvelsesplan",
        Members = [.. Enumerable.Range(0, 33).Select(i => new BenchMember { Name = $"Medlem {i:00} Ås", Instrument = i % 2 == 0 ? "Kornett" : "Tuba", Seat = i })],
    };
}

/// <summary>One entry of <see cref="BenchState"/>.</summary>
public sealed class BenchMember
{
    public string Name { get; set; } = "";

    public string Instrument { get; set; } = "";

    public int Seat { get; set; }
}
