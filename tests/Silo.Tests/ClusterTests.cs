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
        var silos = await cluster.StartSilosAsync(ServiceId("fanout"), 3, clustering);
        var followers = new List<LiveFollower>();
        try
        {
            var staff = await silos[0].TokenAsync("programme", null);
            foreach (var silo in silos) followers.Add(await LiveFollower.StartAsync(silo, staff, "programme"));

            var bodo = await silos[1].TokenAsync("municipality", "1804");
            var id = Data(await silos[1].GraphQLAsync(PublishNeed, new { t = "Trygghetsteknologi" }, bodo))["publishNeed"]!["id"]!.GetValue<string>();

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
    public async Task A_silo_killed_during_a_stream_of_mutations_loses_nothing_and_its_clients_replay_the_gap_elsewhere(string clustering)
    {
        var silos = await cluster.StartSilosAsync(ServiceId("kill"), 3, clustering);
        var (a, b, victim) = (silos[0], silos[1], silos[2]);
        var followers = new List<LiveFollower>();
        using var stop = new CancellationTokenSource();
        try
        {
            var staff = await a.TokenAsync("programme", null);
            var tokens = new Dictionary<string, string>();
            foreach (var m in Municipalities) tokens[m] = await a.TokenAsync("municipality", m);
            foreach (var silo in silos) followers.Add(await LiveFollower.StartAsync(silo, staff, "programme"));
            var moving = followers[2];

            // Two writers publish needs round-robin over the silos that are up; only answered mutations count.
            var acknowledged = new List<(string Municipality, string Id, bool AfterKill)>();
            var killed = false;
            var attempts = 0;
            const int total = 36, killAt = 12;
            async Task WriterAsync(int writer)
            {
                while (!stop.IsCancellationRequested)
                {
                    int n;
                    lock (acknowledged)
                    {
                        if (acknowledged.Count >= total) return;
                        n = attempts++;
                    }
                    var up = killed ? new[] { a, b } : silos;
                    var municipality = Municipalities[n % Municipalities.Length];
                    var id = await TryPublishAsync(up[(n + writer) % up.Length], tokens[municipality], $"Behov {n}");
                    if (id is null)
                    {
                        await Task.Delay(200);
                        continue;
                    }
                    lock (acknowledged) acknowledged.Add((municipality, id, Volatile.Read(ref killed)));
                }
            }
            var writers = Task.WhenAll(WriterAsync(0), WriterAsync(1));

            while (true)
            {
                lock (acknowledged) if (acknowledged.Count >= killAt) break;
                Assert.False(writers.IsCompleted, "the writers stopped before the kill");
                await Task.Delay(20);
            }
            victim.Kill();
            Volatile.Write(ref killed, true);
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

            await writers.WaitAsync(TimeSpan.FromMinutes(3));
            Assert.True(acknowledged.Count(x => x.AfterKill) > 0, "no mutation was acknowledged after the kill");
            output.WriteLine($"{acknowledged.Count} acknowledged ({acknowledged.Count(x => x.AfterKill)} after the kill) in {attempts} attempts; stream ended {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill");

            // Every acknowledged mutation is there, read through the survivors (grains reactivated there from storage).
            for (var i = 0; i < acknowledged.Count; i++)
            {
                var (municipality, id, _) = acknowledged[i];
                var need = Data(await (i % 2 == 0 ? a : b).GraphQLAsync("query($id: ID!) { need(id: $id) { id municipality { number } } }", new { id }, staff))["need"];
                Assert.True(need is not null, $"acknowledged need {id} of {municipality} is missing");
                Assert.Equal(municipality, need!["municipality"]!["number"]!.GetValue<string>());
            }

            // Every client (two stayed, one moved) has every acknowledged need's event, each exactly once, in one
            // unbroken run of sequences up to the topic's latest.
            var ids = acknowledged.Select(x => x.Id).ToHashSet();
            foreach (var follower in followers)
                await WaitUntilAsync(() => ids.IsSubsetOf(NeedIds(follower)), $"the client on :{follower.Silo.HttpPort} did not receive every acknowledged need");
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

    private static async Task<string?> TryPublishAsync(SiloProcess silo, string token, string title)
    {
        try
        {
            var body = await silo.GraphQLAsync(PublishNeed, new { t = title }, token);
            return body["errors"] is JsonArray { Count: > 0 } ? null : body["data"]?["publishNeed"]?["id"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
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

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure);
            await Task.Delay(100);
        }
    }

    private static string ServiceId(string name) => $"{name}{Guid.NewGuid():N}"[..16];

    private static JsonNode Data(JsonObject body)
    {
        if (body["errors"] is JsonArray { Count: > 0 } errors) throw new Xunit.Sdk.XunitException(errors.ToJsonString());
        return body["data"]!;
    }
}
