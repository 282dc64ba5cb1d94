using Samspill.Grains.Live;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>Topic grains: contiguous sequences, replay of missed events, dedup by event id, retention.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveTopicTests(ClusterFixture fx)
{
    private static readonly DateTimeOffset At = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static string NewTopic() => $"test/{Guid.NewGuid():N}";

    private static LiveEventDraft Draft(string topic, int n) => LiveEventDraft.Create(topic, "Tick", new { n }, At.AddSeconds(n));

    private ILiveTopicGrain Topic(string topic) => fx.Client.GetGrain<ILiveTopicGrain>(topic);

    private static void AssertContiguous(IReadOnlyList<LiveEvent> events, long first)
    {
        Assert.Equal(Enumerable.Range(0, events.Count).Select(i => first + i), events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Events_are_numbered_from_1_and_pushed_in_order()
    {
        var topic = NewTopic();
        var drafts = Enumerable.Range(1, 5).Select(n => Draft(topic, n)).ToList();
        await Topic(topic).Publish(drafts.Take(2).ToList());
        await Topic(topic).Publish(drafts.Skip(2).ToList());

        var sent = fx.Broadcaster.Sent(topic);
        AssertContiguous(sent, 1);
        Assert.Equal(drafts.Select(d => d.EventId), sent.Select(e => e.EventId));
        Assert.All(sent, e => Assert.Equal(topic, e.Topic));
    }

    [Fact]
    public async Task Concurrent_publishers_get_contiguous_sequences_each_event_stored_and_pushed_once_in_order()
    {
        // The group commit: 40 publishers at once share writes, yet the topic numbers, stores and pushes as one writer.
        var topic = NewTopic();
        var drafts = Enumerable.Range(1, 40).Select(n => Draft(topic, n)).ToList();
        await Task.WhenAll(drafts.Select(d => Topic(topic).Publish([d])));
        await Task.WhenAll(drafts.Take(10).Select(d => Topic(topic).Publish([d]))); // re-sends change nothing

        var sent = fx.Broadcaster.Sent(topic);
        AssertContiguous(sent, 1);
        Assert.Equal(drafts.Select(d => d.EventId).Order(), sent.Select(e => e.EventId).Order());
        var replay = await Topic(topic).Subscribe(null, 0);
        Assert.Equal(40, replay.Sequence);
        Assert.Equal(sent, replay.Missed);

        await fx.Restart(Topic(topic));
        Assert.Equal(sent, (await Topic(topic).Subscribe(null, 0)).Missed);
    }

    [Fact]
    public async Task Subscribing_after_a_sequence_returns_exactly_the_missed_events()
    {
        var topic = NewTopic();
        await Topic(topic).Publish(Enumerable.Range(1, 7).Select(n => Draft(topic, n)).ToList());
        var pushed = fx.Broadcaster.Sent(topic);

        var replay = await Topic(topic).Subscribe(null, 4);
        Assert.Equal((topic, 7L), (replay.Topic, replay.Sequence));
        Assert.Equal(pushed.Skip(4), replay.Missed);

        Assert.Equal(pushed, (await Topic(topic).Subscribe(null, 0)).Missed);
        Assert.Empty((await Topic(topic).Subscribe(null, 7)).Missed);
        Assert.Empty((await Topic(topic).Subscribe(null, 99)).Missed);
    }

    [Fact]
    public async Task Subscribing_without_a_sequence_returns_the_current_one_and_no_history()
    {
        var topic = NewTopic();
        Assert.Equal(0, (await Topic(topic).Subscribe("conn-1", null)).Sequence);
        await Topic(topic).Publish([Draft(topic, 1), Draft(topic, 2)]);

        var replay = await Topic(topic).Subscribe("conn-1", null);
        Assert.Equal(2, replay.Sequence);
        Assert.Empty(replay.Missed);
    }

    [Fact]
    public async Task Republishing_an_event_id_creates_no_second_event()
    {
        var topic = NewTopic();
        var first = Draft(topic, 1);
        await Topic(topic).Publish([first]);
        // An outbox re-delivering after a crash, alone and in a batch with a new event, and twice within one batch.
        await Topic(topic).Publish([first]);
        var second = Draft(topic, 2);
        await Topic(topic).Publish([first, second, second]);

        var replay = await Topic(topic).Subscribe(null, 0);
        Assert.Equal(2, replay.Sequence);
        Assert.Equal([first.EventId, second.EventId], replay.Missed.Select(e => e.EventId));
        Assert.Equal(2, fx.Broadcaster.Sent(topic).Count);
    }

    [Fact]
    public async Task The_last_250_events_are_kept_and_sequences_stay_contiguous()
    {
        var topic = NewTopic();
        for (var batch = 0; batch < 10; batch++)
            await Topic(topic).Publish(Enumerable.Range(batch * 30 + 1, 30).Select(n => Draft(topic, n)).ToList());

        var replay = await Topic(topic).Subscribe(null, 0);
        Assert.Equal(300, replay.Sequence);
        Assert.Equal(LiveTopicGrain.Retained, replay.Missed.Count);
        AssertContiguous(replay.Missed, 51);
        Assert.Equal(fx.Broadcaster.Sent(topic).Skip(50), replay.Missed);

        // A client that is further behind sees from the first sequence that it lost events.
        Assert.Equal(51, (await Topic(topic).Subscribe(null, 10)).Missed[0].Sequence);
        Assert.Equal([300L, 299L, 298L], (await Topic(topic).Recent(3)).Select(e => e.Sequence));
        Assert.Equal(250, (await Topic(topic).Recent(1_000)).Count);

        AssertContiguous(fx.Broadcaster.Sent(topic), 1);
    }

    [Fact]
    public async Task The_retained_events_are_replayed_after_a_restart_from_their_pages()
    {
        // 300 events fill every page of the ring and reuse the first ones: each write stores the page being filled, and a restart reads them back.
        var topic = NewTopic();
        for (var n = 1; n <= 300; n += 7)
            await Topic(topic).Publish(Enumerable.Range(n, Math.Min(7, 301 - n)).Select(i => Draft(topic, i)).ToList());
        var before = (await Topic(topic).Subscribe(null, 0)).Missed;

        await fx.Restart(Topic(topic));

        var after = await Topic(topic).Subscribe(null, 0);
        Assert.Equal(300, after.Sequence);
        Assert.Equal(before, after.Missed);
        AssertContiguous(after.Missed, 51);
        await Topic(topic).Publish([Draft(topic, 301)]);
        Assert.Equal(301, (await Topic(topic).Subscribe(null, 300)).Missed.Single().Sequence);
    }

    [Fact]
    public async Task Sequences_continue_after_the_topic_grain_restarts()
    {
        var topic = NewTopic();
        var first = Draft(topic, 1);
        await Topic(topic).Publish([first, Draft(topic, 2)]);

        await fx.Restart(Topic(topic));
        await Topic(topic).Publish([first, Draft(topic, 3)]);

        var replay = await Topic(topic).Subscribe(null, 0);
        AssertContiguous(replay.Missed, 1);
        Assert.Equal(3, replay.Sequence);
    }
    [Fact]
    public async Task A_publish_stores_only_the_small_page_it_lands_in()
    {
        var topic = NewTopic();
        var id = Topic(topic).GetGrainId();
        for (var n = 1; n <= 2 * LiveTopicGrain.PageSize + 3; n++) await Topic(topic).Publish([Draft(topic, n)]);
        var lastPage = await ReadPageAsync(id, "events2");
        Assert.Equal([21L, 22L, 23L], lastPage.Events.Select(e => e.Sequence));

        // The next publish rewrites that page alone; the full pages before it are not written again.
        var full = await fx.ReadStoredAsync<LiveTopicPage>("events0", id);
        await Topic(topic).Publish([Draft(topic, 24)]);
        Assert.Equal(full.ETag, (await fx.ReadStoredAsync<LiveTopicPage>("events0", id)).ETag);
        Assert.Equal(4, (await ReadPageAsync(id, "events2")).Events.Count);
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(i, ReadPageAsync(id, $"events{i}").Result.Block));
    }

    [Fact]
    public async Task Events_a_topic_stored_in_the_older_pages_of_50_move_to_the_small_pages_and_keep_their_sequences()
    {
        var topic = NewTopic();
        var id = Topic(topic).GetGrainId();
        // As the older layout left a topic with 280 events: blocks 0 to 5 of 50 in page0…page5, the newest (251–280) half
        // full; events 1–30 are out of retention.
        var events = Enumerable.Range(1, 280).Select(n => new LiveEvent($"e{n}", topic, n, "Tick", At.AddSeconds(n), $"{{\"n\":{n}}}")).ToList();
        for (var block = 0; block <= 5; block++)
        {
            var page = new GrainState<LiveTopicPage>(new LiveTopicPage
            {
                Block = block, Events = events.Where(e => (e.Sequence - 1) / 50 == block).ToList(), NoticedThrough = 280,
            });
            await fx.Storage.WriteStateAsync($"page{block}", id, page);
        }

        var replay = await Topic(topic).Subscribe(null, 0);
        Assert.Equal(280, replay.Sequence);
        Assert.Equal(events.Skip(30).Select(e => e.EventId), replay.Missed.Select(e => e.EventId));
        AssertContiguous(replay.Missed, 31);

        var head = await fx.ReadStoredAsync<LiveTopicState>("topic", id);
        Assert.Equal(LiveTopicGrain.PageLayout, head.State!.PageLayout);
        Assert.All(Enumerable.Range(0, 6), i => Assert.False(fx.ReadStoredAsync<LiveTopicPage>($"page{i}", id).Result.RecordExists));

        // Read back from the small pages alone, and numbering goes on; a re-sent older event is still known.
        await fx.Restart(Topic(topic));
        await Topic(topic).Publish([LiveEventDraft.Create(topic, "Tick", new { n = 281 }, At) with { EventId = "e280" }, Draft(topic, 281)]);
        var after = await Topic(topic).Subscribe(null, 0);
        Assert.Equal(281, after.Sequence);
        Assert.Equal(events.Skip(31).Select(e => e.EventId), after.Missed.SkipLast(1).Select(e => e.EventId));
        AssertContiguous(after.Missed, 32);
    }

    private async Task<LiveTopicPage> ReadPageAsync(GrainId id, string name)
    {
        var page = await fx.ReadStoredAsync<LiveTopicPage>(name, id);
        Assert.True(page.RecordExists);
        return page.State!;
    }
}
