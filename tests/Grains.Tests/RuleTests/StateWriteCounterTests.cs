using Samspill.Grains.Common;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>The state write counter adds up exactly under concurrent writers and keeps the largest write.</summary>
public sealed class StateWriteCounterTests
{
    [Fact]
    public void Concurrent_writes_are_all_counted_with_their_bytes_and_the_largest()
    {
        var counter = new StateWriteCounter();
        Parallel.For(0, 8_000, i => counter.Add(i % 2 == 0 ? "Even" : "Odd", 1 + i % 1_000));

        var counts = counter.Snapshot().ToDictionary(s => s.State);
        Assert.Equal(4_000, counts["Even"].Writes);
        Assert.Equal(4_000, counts["Odd"].Writes);
        Assert.Equal(Enumerable.Range(0, 8_000).Where(i => i % 2 == 0).Sum(i => 1L + i % 1_000), counts["Even"].Bytes);
        Assert.Equal(999, counts["Even"].Largest);
        Assert.Equal(1_000, counts["Odd"].Largest);
        Assert.Equal(counter.Snapshot().Select(s => s.Bytes).OrderDescending(), counter.Snapshot().Select(s => s.Bytes));
    }
}
