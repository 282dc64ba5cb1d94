using System.Collections.Concurrent;

namespace Samspill.Grains.Common;

/// <summary>
/// Bytes of grain state serialized for a write, per state type, since the silo started: where storage writes go, read
/// by bench/Throughput through Development's <c>/dev/bench/state-writes</c>. Counting is two interlocked adds a write.
/// </summary>
public sealed class StateWriteCounter
{
    private readonly ConcurrentDictionary<string, Tally> _tallies = new();

    /// <summary>One serialized write of a <paramref name="stateType"/> of <paramref name="bytes"/> bytes.</summary>
    public void Add(string stateType, int bytes)
    {
        var tally = _tallies.GetOrAdd(stateType, _ => new Tally());
        Interlocked.Increment(ref tally.Writes);
        Interlocked.Add(ref tally.Bytes, bytes);
        long largest;
        while (bytes > (largest = Interlocked.Read(ref tally.Largest)) && Interlocked.CompareExchange(ref tally.Largest, bytes, largest) != largest) { }
    }

    /// <summary>Every state type's totals so far, most bytes first.</summary>
    public IReadOnlyList<StateWrites> Snapshot() => _tallies
        .Select(t => new StateWrites(t.Key, Interlocked.Read(ref t.Value.Writes), Interlocked.Read(ref t.Value.Bytes), Interlocked.Read(ref t.Value.Largest)))
        .OrderByDescending(s => s.Bytes).ToList();

    private sealed class Tally
    {
        public long Writes, Bytes, Largest;
    }
}

/// <summary>A state type's serialized writes: how many, their bytes, and the largest one.</summary>
public sealed record StateWrites(string State, long Writes, long Bytes, long Largest);
