using System.Text.Json;
using Xunit.Abstractions;
using System.Text.Json.Nodes;
using Samspill.Silo.Tests.Infrastructure;

namespace Samspill.Silo.Tests;

/// <summary>
/// Three silo processes on loopback with Redis membership and the SignalR Redis backplane, sharing Azurite:
/// live events reach clients on every silo, and a silo killed with SIGKILL loses nothing acknowledged.
/// </summary>
public sealed class ClusterTests(ClusterFixture cluster, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const string PublishNeed =
        "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES, estimatedValueNok: 500000 }) { id } }";

    private static readonly string[] Municipalities = ["1804", "1806", "5001", "0301", "4601", "1103"];
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("Redis")]
    [InlineData("AzureTable")]
    public async Task An_event_raised_through_one_silo_reaches_live_clients_on_all_three(string clustering)
    {
        var silos = await cluster.StartSilosAsync(SiloProcess.NewServiceId("fanout"), 3, clustering);
        var followers = new List<LiveFollower>();
        try
        {
            var staff = await silos[0].TokenAsync("programme", null);
            foreach (var silo in silos) followers.Add(await LiveFollower.StartAsync(silo, staff, "programme"));

            var bodo = await silos[1].TokenAsync("municipality", "1804");
            var id = SiloProcess.Data(await silos[1].GraphQLAsync(PublishNeed, new { t = "Trygghetsteknologi" }, bodo))["publishNeed"]!["id"]!.GetValue<string>();

            foreach (var follower in followers)
            {
                await follower.WaitForSequenceAsync(1, Wait);
                var e = follower.Accepted[0];
                Assert.Equal("NeedPublished", e.GetProperty("type").GetString());
                Assert.Equal(id, e.GetProperty("data").GetProperty("needId").GetString());
            }
        }
        finally
        {
            foreach (var follower in followers) await follower.DisposeAsync();
            foreach (var silo in silos) await silo.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("Redis")]
    [InlineData("AzureTable")]
    public async Task A_silo_killed_during_a_stream_of_reads_and_mutations_fails_no_read_applies_each_mutation_once_and_its_clients_replay_the_gap_elsewhere(string clustering)
    {
        var silos = await cluster.StartSilosAsync(SiloProcess.NewServiceId("kill"), 3, clustering);
        var (a, b, victim) = (silos[0], silos[1], silos[2]);
        var survivors = new[] { a, b };
        var followers = new List<LiveFollower>();
        using var stop = new CancellationTokenSource();
        try
        {
            var staff = await a.TokenAsync("programme", null);
            var tokens = new Dictionary<string, string>();
            foreach (var m in Municipalities) tokens[m] = await a.TokenAsync("municipality", m);
            foreach (var silo in silos) followers.Add(await LiveFollower.StartAsync(silo, staff, "programme"));
            var moving = followers[2];

            // Two writers publish needs round-robin over the silos that are up, each with its own Idempotency-Key; when
            // an attempt gets no answer (its silo died) the writer sends it again, same key, to another silo. Two readers
            // read needs already acknowledged through the survivors, all through the kill: none may fail, although the
            // grains they read lived on the killed silo until the cluster declared it dead.
            const int total = 36, killAt = 12;
            var load = new FailoverStream(silos, survivors, PublishNeed, "Behov", Municipalities, tokens, staff, total);
            var stream = load.RunAsync(TimeSpan.FromMinutes(3), stop.Token);

            while (load.AcknowledgedCount < killAt)
            {
                Assert.False(stream.IsCompleted, "the stream stopped before the kill");
                await Task.Delay(20);
            }
            victim.Kill();
            load.MarkKilled();
            var killedAt = DateTime.UtcNow;

            // The killed silo's client notices, connects to a survivor and replays exactly what it has not seen.
            await moving.Closed.WaitAsync(Wait);
            var lastSeen = moving.LastSequence;
            // Let the topic move on while the client is away, so there is a gap to replay.
            await followers[0].WaitForSequenceAsync(lastSeen + 3, Wait);
            var replayed = await moving.MoveToAsync(a);
            Assert.True(replayed.Count >= 3, $"replayed only {replayed.Count}");
            Assert.Equal(Enumerable.Range(0, replayed.Count).Select(i => lastSeen + 1 + i), replayed);
            output.WriteLine($"client of the killed silo: last #{lastSeen}, replayed {replayed.Count} on a survivor {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill ({moving.Retries} Subscribe retries)");

            await stream.WaitAsync(TimeSpan.FromMinutes(4));
            var (acknowledged, failedReads, reads) = (load.Acknowledged, load.FailedReads, load.Reads);
            output.WriteLine($"{acknowledged.Count} acknowledged ({acknowledged.Count(x => x.AfterKill)} after the kill) from {load.Attempts} mutations, {load.Resent} resent with their key; " +
                $"{reads} reads, {failedReads.Count} failed, longest {load.LongestRead.TotalSeconds:0.0} s; stream ended {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill");
            Assert.True(failedReads.Count == 0, $"{failedReads.Count} of {reads} reads failed: {string.Join(" | ", failedReads.Take(3))}");
            Assert.True(acknowledged.Count(x => x.AfterKill) > 0, "no mutation was acknowledged after the kill");
            Assert.True(acknowledged.Count >= total, $"only {acknowledged.Count} of {total} mutations were acknowledged");

            // Every acknowledged mutation is there exactly once, read through the survivors at once (no waiting out the
            // failover window: the gateway retries reads until the grains have moved), resent ones included.
            var titles = new List<string>();
            foreach (var m in Municipalities)
            {
                var needs = SiloProcess.Data(await a.GraphQLAsync("query($n: ID!) { municipality(number: $n) { needs { id title } } }", new { n = m }, tokens[m]))["municipality"]!["needs"]!.AsArray();
                titles.AddRange(needs.Select(x => x!["title"]!.GetValue<string>()));
            }
            foreach (var (municipality, id, title, _) in acknowledged)
            {
                var need = SiloProcess.Data(await b.GraphQLAsync("query($id: ID!) { need(id: $id) { id title municipality { number } } }", new { id }, staff))["need"];
                Assert.True(need is not null, $"acknowledged need {id} of {municipality} is missing");
                Assert.Equal(municipality, need!["municipality"]!["number"]!.GetValue<string>());
                Assert.Equal(1, titles.Count(t => t == title));
            }
            // Nothing was applied twice, acknowledged or not: each attempt's title at most once.
            Assert.Equal(titles.Count, titles.Distinct().Count());

            // Every client (two stayed, one moved) has every acknowledged need's event, each exactly once, in one
            // unbroken run of sequences up to the topic's latest.
            var ids = acknowledged.Select(x => x.Id).ToHashSet();
            foreach (var follower in followers)
                await TestSupport.Wait.Until(() => ids.IsSubsetOf(NeedIds(follower)), Wait, $"the client on :{follower.Silo.HttpPort} did not receive every acknowledged need", TimeSpan.FromMilliseconds(100));
            var latest = await LatestSequenceAsync(b, staff, "programme");
            foreach (var follower in followers)
            {
                await follower.WaitForSequenceAsync(latest, Wait);
                var events = follower.Accepted;
                Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.GetProperty("sequence").GetInt64()));
                var published = events.Where(e => e.GetProperty("type").GetString() == "NeedPublished").Select(NeedId).ToList();
                Assert.Equal(published.Count, published.Distinct().Count());
            }
            Assert.Same(a, moving.Silo);
        }
        finally
        {
            stop.Cancel();
            foreach (var follower in followers) await follower.DisposeAsync();
            foreach (var silo in silos) await silo.DisposeAsync();
        }
    }

    private static async Task<long> LatestSequenceAsync(SiloProcess silo, string token, string topic)
    {
        await using var probe = await LiveFollower.StartAsync(silo, token, topic);
        return probe.LatestAtSubscribe;
    }

    private static HashSet<string> NeedIds(LiveFollower follower) =>
        follower.Accepted.Where(e => e.GetProperty("type").GetString() == "NeedPublished").Select(NeedId).ToHashSet();

    private static string NeedId(JsonElement e) => e.GetProperty("data").GetProperty("needId").GetString()!;
}
