using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

/// <summary>A cluster of its own whose programme topic has a history longer than the topic retains.</summary>
public sealed class SeededActivityCluster : IAsyncLifetime
{
    public const int Seeded = 300; // more than the topic retains (250) and more than two log pages (128)

    public ClusterFixture Fx { get; } = new();
    public List<LiveEventDraft> Seed { get; } = [];

    public async Task InitializeAsync()
    {
        await Fx.InitializeAsync();
        for (var batch = 0; batch < Seeded / 20; batch++)
        {
            var drafts = Enumerable.Range(batch * 20 + 1, 20)
                .Select(i => LiveEventDraft.Create(LiveTopics.Programme, "Seeded", new { n = i }, DateTimeOffset.UtcNow)).ToList();
            Seed.AddRange(drafts);
            await Fx.Client.GetGrain<ILiveTopicGrain>(LiveTopics.Programme).Publish(drafts);
        }
    }

    public Task DisposeAsync() => Fx.DisposeAsync();
}

/// <summary>The activity feed over the full programme history, in a cluster of its own so the counts are exact.</summary>
public sealed class ActivityLogTests(SeededActivityCluster seeded) : IClassFixture<SeededActivityCluster>
{
    private const int Seeded = SeededActivityCluster.Seeded;
    private ClusterFixture Fx => seeded.Fx;

    [Fact]
    public async Task Paging_deep_walks_the_whole_history_newest_first_without_gaps_or_repeats()
    {
        var total = (await Feed(null, 1)).Total;
        var seen = new List<long>();
        long? cursor = null;
        while (true)
        {
            var page = await Feed(cursor, 50);
            seen.AddRange(page.Items.Select(e => e.Sequence));
            if (!page.HasMore) break;
            cursor = page.Items[^1].Sequence;
        }
        Assert.True(total >= Seeded);
        Assert.Equal(Enumerable.Range(1, (int)total).Select(i => (long)i).Reverse(), seen);
    }

    [Fact]
    public async Task New_items_do_not_shift_the_next_page()
    {
        var first = await Feed(null, 10);
        var expectedNext = (await Feed(first.Items[^1].Sequence, 10)).Items.Select(e => e.EventId).ToList();

        await Topic().Publish([LiveEventDraft.Create(LiveTopics.Programme, "Arrived", new { n = 0 }, DateTimeOffset.UtcNow)]);

        var next = await Feed(first.Items[^1].Sequence, 10);
        Assert.Equal(expectedNext, next.Items.Select(e => e.EventId));
        Assert.Equal(first.Total + 1, next.Total);
        Assert.Equal("Arrived", (await Feed(null, 1)).Items[0].Type);
    }

    [Fact]
    public async Task Feed_items_are_the_programme_topic_events()
    {
        var page = await Feed(null, 100);
        var live = Fx.Broadcaster.Sent(LiveTopics.Programme).ToDictionary(e => e.Sequence);
        Assert.All(page.Items, item =>
        {
            Assert.Equal(LiveTopics.Programme, item.Topic);
            Assert.Equal(live[item.Sequence], item);
        });
    }

    [Fact]
    public async Task Republishing_and_restarts_add_nothing_twice()
    {
        var before = await Feed(null, 200);
        await Topic().Publish(seeded.Seed.TakeLast(30).ToList());
        await Fx.Restart(Topic());
        await Fx.Restart(Fx.Client.GetGrain<IActivityLogPageGrain>(0));
        await Fx.Restart(Fx.Client.GetGrain<IActivityLogPageGrain>(1));
        // The restarted topic offers its retained events to the log again on its next publish.
        await Topic().Publish([LiveEventDraft.Create(LiveTopics.Programme, "AfterRestart", new { n = 0 }, DateTimeOffset.UtcNow)]);

        var after = await Feed(null, 200);
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Equal("AfterRestart", after.Items[0].Type);
        Assert.Equal(before.Items.Take(199).Select(e => e.EventId), after.Items.Skip(1).Select(e => e.EventId));

        // Oldest page read from storage after the restart.
        var oldest = await Feed(3, 5);
        Assert.Equal([2L, 1L], oldest.Items.Select(e => e.Sequence));
        Assert.False(oldest.HasMore);
    }

    [Fact]
    public async Task An_item_that_missed_the_log_is_archived_when_offered_again()
    {
        var head = (await Feed(null, 1)).Total;
        var ev = new LiveEvent("manual", LiveTopics.Programme, head + 1, "Manual", DateTimeOffset.UtcNow, "{}");
        var page = Fx.Client.GetGrain<IActivityLogPageGrain>(ActivityLog.PageOf(ev.Sequence));
        await page.Append([ev]);
        await page.Append([ev, ev]);
        Fx.As(Callers.Programme);
        Assert.Single(await page.Read(ev.Sequence, 10), e => e.EventId == "manual");
    }

    [Fact]
    public async Task Only_programme_staff_read_the_feed()
    {
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<DomainException>(() =>
            Fx.As(Callers.Municipality("5001")).GetGrain<IActivityFeedGrain>(0).Page(null, 10))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<DomainException>(() =>
            Fx.As(Callers.Supplier("923609016")).GetGrain<IActivityLogPageGrain>(0).Read(10, 10))).Code);
        Assert.Equal(ErrorCodes.Unauthenticated, (await Assert.ThrowsAsync<DomainException>(() =>
            Fx.As(Callers.Anonymous).GetGrain<IActivityFeedGrain>(0).Page(null, 10))).Code);
    }

    private ILiveTopicGrain Topic() => Fx.Client.GetGrain<ILiveTopicGrain>(LiveTopics.Programme);

    private Task<ActivityPage> Feed(long? before, int first) =>
        Fx.As(Callers.Programme).GetGrain<IActivityFeedGrain>(0).Page(before, first);
}
