using Samspill.Grains.Common;

namespace Samspill.Bench.Throughput;

/// <summary>What the silo's <see cref="StateWriteCounter"/> counted between two reads of it.</summary>
public static class StateWriteCount
{
    /// <summary>Writes and bytes added per state type from <paramref name="before"/> to <paramref name="after"/>; the largest write since the silo started.</summary>
    public static IReadOnlyList<StateWrites> Between(IReadOnlyList<StateWrites> before, IReadOnlyList<StateWrites> after)
    {
        var earlier = before.ToDictionary(s => s.State);
        return after
            .Select(a => earlier.TryGetValue(a.State, out var b) ? a with { Writes = a.Writes - b.Writes, Bytes = a.Bytes - b.Bytes } : a)
            .Where(s => s.Writes > 0)
            .OrderByDescending(s => s.Bytes).ToList();
    }
}
