using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Live;

/// <summary>
/// contract/live.md through a real SignalR client: events arrive in order with contiguous sequences, a client that
/// subscribes with an old afterSequence gets exactly what it missed, and a reconnect loses nothing and repeats nothing.
/// </summary>
public sealed class LiveSequenceTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Hamar = "3403";
    private const string Gjovik = "3407";
    private const string Ringsaker = "3411";

    [Fact]
    public async Task Events_arrive_in_sequence_order_without_gaps_even_when_mutations_race()
    {
        var token = await app.MunicipalityToken(Hamar);
        await using var live = await app.ConnectLiveAsync(token);
        var recorder = new LiveRecorder(live);
        var start = (await LiveRecorder.Subscribe(live, $"municipality/{Hamar}")).Sequence;

        // Twenty publishes racing each other: the topic grain still numbers them one by one.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => PublishAsync(token, $"Behov nummer {i}")));
        var last = await LatestAsync(token, $"municipality/{Hamar}");
        Assert.True(last >= start + 20, $"expected at least 20 events after #{start}, topic is at #{last}");
        await recorder.WaitFor(e => e.Sequence == last);

        var received = recorder.Events.Where(e => e.Sequence <= last).Select(e => e.Sequence).ToList();
        Assert.Equal(Range(start + 1, last), received);
        Assert.Equal(20, recorder.Events.Count(e => e.Type == "NeedPublished" && e.Sequence <= last));
    }

    [Fact]
    public async Task Subscribing_with_an_old_afterSequence_returns_exactly_what_was_missed_then_continues_live()
    {
        var token = await app.MunicipalityToken(Gjovik);
        for (var i = 0; i < 5; i++) await PublishAsync(token, $"Tidligere behov {i}");
        var topic = $"municipality/{Gjovik}";
        var latest = await LatestAsync(token, topic);
        var seen = latest - 3; // the client saw everything up to three events ago

        await using var live = await app.ConnectLiveAsync(token);
        var recorder = new LiveRecorder(live);
        var result = await LiveRecorder.Subscribe(live, topic, seen);

        Assert.Equal(topic, result.Topic);
        Assert.Equal(latest, result.Sequence);
        Assert.Equal(Range(seen + 1, latest), result.Missed.Select(e => e.Sequence));
        Assert.All(result.Missed, e => Assert.Equal(topic, e.Topic));

        // What follows arrives live, starting right after the replay: no gap, no repeat.
        await PublishAsync(token, "Nytt behov etterpå");
        var next = await recorder.WaitFor(e => e.Type == "NeedPublished");
        Assert.Equal(latest + 1, recorder.Events.Min(e => e.Sequence));
        Assert.True(next.Sequence > latest);
        Assert.DoesNotContain(recorder.Events, e => e.Sequence <= latest);
    }

    [Fact]
    public async Task Subscribing_without_afterSequence_replays_nothing_and_from_zero_replays_everything_retained()
    {
        var token = await app.MunicipalityToken(Ringsaker);
        for (var i = 0; i < 3; i++) await PublishAsync(token, $"Behov {i}");
        await using var live = await app.ConnectLiveAsync(token);

        var fresh = await LiveRecorder.Subscribe(live, $"municipality/{Ringsaker}");
        Assert.Empty(fresh.Missed);
        var all = await LiveRecorder.Subscribe(live, $"municipality/{Ringsaker}", 0);
        Assert.Equal(Range(1, all.Sequence), all.Missed.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_client_that_reconnects_and_subscribes_with_its_last_sequence_loses_nothing_and_sees_nothing_twice()
    {
        var lead = await app.MunicipalityToken("3401");
        var member = await app.MunicipalityToken("3412");
        var consortium = (await app.GraphQLAsync("mutation { createConsortium(input: { title: \"Skolemat\", description: \"d\" }) { id } }", token: lead))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        var topic = $"consortium/{consortium}";

        // A second client stays connected the whole time: what it was pushed is what the other gets replayed.
        await using var witness = await app.ConnectLiveAsync(lead);
        var witnessed = new LiveRecorder(witness);
        var witnessStart = (await LiveRecorder.Subscribe(witness, topic)).Sequence;

        var live = await app.ConnectLiveAsync(lead);
        await using var _ = live;
        var recorder = new LiveRecorder(live);
        var start = (await LiveRecorder.Subscribe(live, topic)).Sequence;
        (await app.GraphQLAsync($"mutation {{ inviteToConsortium(consortiumId: \"{consortium}\", municipalityNumber: \"3412\") {{ id }} }}", token: lead)).Ok();
        var lastSeen = (await recorder.WaitFor(e => e.Type == "MemberInvited")).Sequence;

        await live.StopAsync();
        (await app.GraphQLAsync($"mutation {{ respondToInvitation(consortiumId: \"{consortium}\", accept: true) {{ id }} }}", token: member)).Ok();
        (await app.GraphQLAsync($"mutation {{ recordAuthorization(consortiumId: \"{consortium}\", reference: \"Vedtak 1\") {{ id }} }}", token: member)).Ok();
        await live.StartAsync();

        var replay = await LiveRecorder.Subscribe(live, topic, lastSeen);
        Assert.Equal(["MemberJoined", "AuthorizationRecorded"], replay.Missed.Select(e => e.Type));
        (await app.GraphQLAsync($"mutation {{ advancePhase(consortiumId: \"{consortium}\", to: CANCELLED) {{ id }} }}", token: lead)).Ok();
        await recorder.WaitFor(e => e.Type == "PhaseChanged");

        var session = recorder.Events.Where(e => e.Sequence <= lastSeen).Concat(replay.Missed).Concat(recorder.Events.Where(e => e.Sequence > lastSeen)).ToList();
        Assert.Equal(Range(start + 1, replay.Sequence + 1), session.Select(e => e.Sequence));

        var pushed = await witnessed.WaitFor(e => e.Type == "PhaseChanged");
        Assert.Equal(Range(witnessStart + 1, pushed.Sequence), witnessed.Events.Select(e => e.Sequence));
        Assert.All(replay.Missed, e =>
        {
            var original = witnessed.Events.Single(w => w.Sequence == e.Sequence);
            Assert.Equal((original.Type, original.OccurredAt, original.Data.GetRawText()), (e.Type, e.OccurredAt, e.Data.GetRawText()));
        });
    }

    [Fact]
    public async Task A_municipality_cannot_subscribe_to_another_municipality_s_topic_or_read_its_past()
    {
        var hamar = await app.MunicipalityToken(Hamar);
        var gjovik = await app.MunicipalityToken(Gjovik);
        await using var spy = await app.ConnectLiveAsync(hamar);
        var spied = new LiveRecorder(spy);

        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(spy, $"municipality/{Gjovik}", 0));
        Assert.StartsWith("FORBIDDEN: ", ex.Message);

        // Gjøvik's own client receives its next event; the spy, subscribed to its own topic, receives only its own.
        await using var own = await app.ConnectLiveAsync(gjovik);
        var owned = new LiveRecorder(own);
        await LiveRecorder.Subscribe(own, $"municipality/{Gjovik}");
        await LiveRecorder.Subscribe(spy, $"municipality/{Hamar}");
        var secret = await PublishAsync(gjovik, "Hemmelig behov");
        await owned.WaitFor(e => e.Data.GetProperty("needId").GetString() == secret);
        // Pushed to Gjøvik's group before this: had the spy been in it, it would have arrived before the sentinel.
        var sentinel = await PublishAsync(hamar, "Eget behov");
        await spied.WaitFor(e => e.Type == "NeedPublished" && e.Data.GetProperty("needId").GetString() == sentinel);
        Assert.All(spied.Events, e => Assert.Equal($"municipality/{Hamar}", e.Topic));
    }

    [Fact]
    public async Task A_municipality_outside_a_consortium_cannot_subscribe_to_it()
    {
        var lead = await app.MunicipalityToken("3405");
        var consortium = (await app.GraphQLAsync("mutation { createConsortium(input: { title: \"Lukket\", description: \"d\" }) { id } }", token: lead))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        await using var outsider = await app.ConnectLiveAsync(await app.MunicipalityToken(Hamar));
        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(outsider, $"consortium/{consortium}", 0));
        Assert.StartsWith("FORBIDDEN: ", ex.Message);
        var unknown = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(outsider, "consortium/finnes-ikke"));
        Assert.StartsWith("NOT_FOUND: ", unknown.Message);
    }

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task Every_transport_gets_events_in_order_and_refusals_that_start_with_the_code(HttpTransportType transport)
    {
        var token = await app.MunicipalityToken("3405");
        await using var live = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseUrl, "/hubs/live"), o =>
            {
                o.Transports = transport;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var recorder = new LiveRecorder(live);
        await live.StartAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, $"municipality/{Hamar}"));
        Assert.StartsWith("FORBIDDEN: ", refused.Message);
        var unknown = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, "vær/bergen"));
        Assert.StartsWith("NOT_FOUND: ", unknown.Message);

        var start = (await LiveRecorder.Subscribe(live, "municipality/3405")).Sequence;
        await PublishAsync(token, "Første");
        await PublishAsync(token, "Andre");
        await recorder.WaitFor(e => e.Sequence == start + 2);
        Assert.Equal([start + 1, start + 2], recorder.Events.Where(e => e.Sequence <= start + 2).Select(e => e.Sequence));
    }

    private async Task<string> PublishAsync(string token, string title) =>
        (await app.GraphQLAsync("mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"15800000-6\"], category: GOODS, visibility: PRIVATE }) { id } }",
            new { t = title }, token)).Ok()["publishNeed"]!["id"]!.GetValue<string>();

    /// <summary>The topic's latest sequence, asked on a separate connection.</summary>
    private async Task<long> LatestAsync(string token, string topic)
    {
        await using var probe = await app.ConnectLiveAsync(token);
        return (await LiveRecorder.Subscribe(probe, topic)).Sequence;
    }

    private static List<long> Range(long from, long to) => from > to ? [] : Enumerable.Range(0, (int)(to - from + 1)).Select(i => from + i).ToList();
}
