using Samspill.Grains.Live;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

/// <summary>
/// An activity log page stores its events in chunks: an append rewrites the chunk it lands in, and a page stored whole
/// by an older build moves to chunks on activation. Pages far past the shared cluster's programme history.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ActivityLogChunkTests(ClusterFixture fx)
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private static LiveEvent Event(long sequence) =>
        new($"chunk-{sequence}", LiveTopics.Programme, sequence, "Tick", At.AddSeconds(sequence), $"{{\"n\":{sequence}}}");

    private static long FirstOf(long page) => page * ActivityLog.PageSize + 1;

    [Fact]
    public async Task An_append_rewrites_only_the_chunk_it_lands_in_and_the_page_reads_back_whole()
    {
        var page = Random.Shared.NextInt64(100_000, 1_000_000_000);
        var grain = fx.Client.GetGrain<IActivityLogPageGrain>(page);
        var first = FirstOf(page);
        await grain.Append(Enumerable.Range(0, 40).Select(i => Event(first + i)).ToList());
        var full = await ReadChunkAsync(grain, 0);
        Assert.Equal(ActivityLogPageGrain.ChunkSize, full.State!.Events.Count);

        await grain.Append([Event(first + 40), Event(first + 40)]);
        Assert.Equal(full.ETag, (await ReadChunkAsync(grain, 0)).ETag);
        Assert.Equal(9, (await ReadChunkAsync(grain, 2)).State!.Events.Count);

        await fx.Restart(grain);
        var read = await fx.As(Callers.Programme).GetGrain<IActivityLogPageGrain>(page).Read(long.MaxValue, 500);
        Assert.Equal(Enumerable.Range(0, 41).Select(i => first + 40 - i), read.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_page_stored_whole_by_an_older_build_moves_to_chunks_and_keeps_every_event()
    {
        var page = Random.Shared.NextInt64(100_000, 1_000_000_000);
        var grain = fx.Client.GetGrain<IActivityLogPageGrain>(page);
        var first = FirstOf(page);
        var older = new GrainState<ActivityLogPageState>(new ActivityLogPageState
        {
            Events = Enumerable.Range(0, ActivityLog.PageSize).Select(i => Event(first + i)).ToList(),
        });
        await fx.Storage.WriteStateAsync("activity", grain.GetGrainId(), older);

        var read = await fx.As(Callers.Programme).GetGrain<IActivityLogPageGrain>(page).Read(long.MaxValue, 500);
        Assert.Equal(ActivityLog.PageSize, read.Count);
        var record = await fx.ReadStoredAsync<ActivityLogPageState>("activity", grain.GetGrainId());
        Assert.Empty(record.State!.Events);
        for (var chunk = 0; chunk < ActivityLog.PageSize / ActivityLogPageGrain.ChunkSize; chunk++)
            Assert.Equal(ActivityLogPageGrain.ChunkSize, (await ReadChunkAsync(grain, chunk)).State!.Events.Count);

        // A re-offered event is known after the move and a restart.
        await fx.Restart(grain);
        await grain.Append([Event(first + 5)]);
        Assert.Equal(ActivityLog.PageSize, (await fx.As(Callers.Programme).GetGrain<IActivityLogPageGrain>(page).Read(long.MaxValue, 500)).Count);
    }

    private async Task<GrainState<LiveTopicPage>> ReadChunkAsync(IActivityLogPageGrain grain, int chunk)
    {
        var stored = await fx.ReadStoredAsync<LiveTopicPage>($"activity-{chunk}", grain.GetGrainId());
        Assert.True(stored.RecordExists);
        return stored;
    }
}
