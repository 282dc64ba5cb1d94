using Microsoft.Extensions.Logging.Abstractions;
using Samspill.Grains.Common;
using Samspill.Grains.Search;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>
/// The hand-off on its own (no silo, no failures, so no timer): everything owed goes in calls of at most
/// <see cref="IndexHandOff{TEntry}.MaxBatch"/>, the newest copy of each entry, and Settled waits for the last call.
/// </summary>
public sealed class IndexHandOffBatchTests
{
    private sealed record Entry(string Id, long Version) : IDirectoryEntry;

    /// <summary>Only a failure (a retry timer, a log line) needs the grain.</summary>
    private sealed class NoGrain : IGrainBase
    {
        public IGrainContext GrainContext => throw new NotSupportedException();
    }

    [Fact]
    public async Task Everything_owed_goes_in_bounded_calls_newest_copy_each_and_settled_waits_for_the_last()
    {
        var calls = new List<IReadOnlyList<Entry>>();
        var gate = new TaskCompletionSource();
        var handOff = new IndexHandOff<Entry>(new NoGrain(), async batch => { calls.Add(batch); await gate.Task; }, new NoFaults(), NullLogger.Instance);

        handOff.Owe(Enumerable.Range(0, 250).Select(i => new Entry($"e{i}", 1)));
        // Arrives while the first call runs: an older copy is ignored, a newer one replaces what is still owed.
        handOff.Owe([new Entry("e249", 0), new Entry("e150", 2)]);
        var settled = handOff.Settled();
        Assert.False(settled.IsCompleted);
        gate.SetResult();
        await settled.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(calls, c => Assert.InRange(c.Count, 1, IndexHandOff<Entry>.MaxBatch));
        var sent = calls.SelectMany(c => c).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.Max(e => e.Version));
        Assert.Equal(250, sent.Count);
        Assert.Equal(2, sent["e150"]);
        Assert.Equal(1, sent["e249"]);
        Assert.True(handOff.Settled().IsCompleted);
    }
}
