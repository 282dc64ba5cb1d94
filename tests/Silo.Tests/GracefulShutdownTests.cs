using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Samspill.Silo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samspill.Silo.Tests;

/// <summary>SIGTERM: not ready at once, no new connections after the drain, the request in flight completes, exit 0 within 30 s.</summary>
public sealed class GracefulShutdownTests(ClusterFixture cluster, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task Sigterm_drains_finishes_the_request_in_flight_and_exits_0_within_30_seconds()
    {
        var settings = SiloProcess.OnAzurite(cluster.Storage.Azurite.ConnectionString, SiloProcess.NewServiceId("grace"));
        // Long enough that the test sees the 503 phase whatever the machine's load; well inside the 30 s.
        settings["Shutdown:DrainDelay"] = "00:00:08";
        await using var silo = await SiloProcess.StartAsync(settings);
        var token = await silo.TokenAsync("municipality", "1804");

        // A mutation whose body keeps arriving (JSON whitespace, fast enough for Kestrel's minimum data rate)
        // until the test lets it end: the request is in flight across the SIGTERM.
        var content = new TrickleContent(
            """{"query":"mutation { publishNeed(input: { title: \"Sendt under nedstenging\", description: \"d\", cpv: [\"72000000-5\"], category: SERVICES, estimatedValueNok: 500000 }) { id } }"}""");
        using var slowClient = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var inFlight = slowClient.SendAsync(request);
        await content.FirstPartSent.WaitAsync(TimeSpan.FromSeconds(30));

        var clock = Stopwatch.StartNew();
        silo.SendTerminate();

        // Ready answers 503 (before the drain ends, or the first failure would be a refused connection).
        HttpStatusCode status;
        do status = await ReadyAsync(silo);
        while (status == HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        output.WriteLine($"ready 503 after {clock.Elapsed.TotalSeconds:0.00} s");

        // After the drain no new connection is taken, while the process waits for the request in flight.
        while (await ReadyOrRefusedAsync(silo) is not null && clock.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
        Assert.False(silo.HasExited, "the silo exited with a request in flight");
        output.WriteLine($"new connections refused after {clock.Elapsed.TotalSeconds:0.00} s");

        content.SendRest();
        using var response = await inFlight;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(answer["errors"]);
        Assert.StartsWith("1804-", answer["data"]!["publishNeed"]!["id"]!.GetValue<string>());

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(30) - clock.Elapsed);
        Assert.Equal(0, exitCode);
        output.WriteLine($"exited 0 after {clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task A_silo_stopped_with_sigterm_hands_its_grains_to_the_others_without_waiting_for_failure_detection()
    {
        var settings = cluster.SiloSettings(SiloProcess.NewServiceId("handoff"), "Redis");
        // Failure detection would take minutes: anything that works sooner is the graceful hand-off.
        settings["Orleans:Membership:ProbeTimeout"] = "00:01:00";
        settings["Orleans:Membership:NumMissedProbesLimit"] = "3";
        settings["Shutdown:DrainDelay"] = "00:00:01";
        await using var stays = SiloProcess.Launch(settings);
        await using var leaves = SiloProcess.Launch(settings);
        await Task.WhenAll(stays.WaitReadyAsync(TimeSpan.FromSeconds(120)), leaves.WaitReadyAsync(TimeSpan.FromSeconds(120)));

        // Needs of several municipalities written through both silos, so grains live on both.
        var needs = new List<string>();
        string[] municipalities = ["1804", "1806", "5001", "0301", "4601", "1103"];
        foreach (var (m, i) in municipalities.Select((m, i) => (m, i)))
        {
            var silo = i % 2 == 0 ? leaves : stays;
            var token = await silo.TokenAsync("municipality", m);
            for (var n = 0; n < 2; n++)
            {
                var body = await silo.GraphQLAsync(
                    "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"72000000-5\"], category: SERVICES, estimatedValueNok: 500000 }) { id } }",
                    new { t = $"Behov {m}-{n}" }, token);
                Assert.Null(body["errors"]);
                needs.Add(body["data"]!["publishNeed"]!["id"]!.GetValue<string>());
            }
        }

        var clock = Stopwatch.StartNew();
        Assert.Equal(0, await leaves.TerminateAsync(TimeSpan.FromSeconds(30)));
        output.WriteLine($"the leaving silo exited 0 after {clock.Elapsed.TotalSeconds:0.00} s");

        // Every grain answers from the silo that stays, at the first attempt.
        var staff = await stays.TokenAsync("programme", null);
        foreach (var id in needs)
        {
            var body = await stays.GraphQLAsync("query($id: ID!) { need(id: $id) { id } }", new { id }, staff);
            Assert.True(body["errors"] is null, $"{id}: {body["errors"]?.ToJsonString()}");
            Assert.Equal(id, body["data"]!["need"]!["id"]!.GetValue<string>());
        }
        var bodo = await stays.TokenAsync("municipality", "1804");
        Assert.Null((await stays.GraphQLAsync(
            "mutation { publishNeed(input: { title: \"Etter overlevering\", description: \"d\", cpv: [\"72000000-5\"], category: SERVICES, estimatedValueNok: 500000 }) { id } }",
            null, bodo))["errors"]);
        output.WriteLine($"every grain answered from the other silo {clock.Elapsed.TotalSeconds:0.00} s after SIGTERM");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "slower than the hand-off should be");
    }

    private static async Task<HttpStatusCode> ReadyAsync(SiloProcess silo) =>
        await ReadyOrRefusedAsync(silo) ?? throw new Xunit.Sdk.XunitException("The silo refused the connection before answering 503.");

    /// <summary>GET /health/ready on a new connection; null when the connection is refused.</summary>
    private static async Task<HttpStatusCode?> ReadyOrRefusedAsync(SiloProcess silo)
    {
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero }) { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await client.GetAsync("/health/ready");
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>A JSON request body: "{", then whitespace at about 800 bytes a second until the test lets the rest go.</summary>
    private sealed class TrickleContent : HttpContent
    {
        private readonly string _json;
        private readonly TaskCompletionSource _firstSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _sendRest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TrickleContent(string json)
        {
            _json = json;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public Task FirstPartSent => _firstSent.Task;
        public void SendRest() => _sendRest.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{"u8.ToArray());
            await stream.FlushAsync();
            _firstSent.TrySetResult();
            var spaces = Encoding.ASCII.GetBytes(new string(' ', 200));
            while (!_sendRest.Task.IsCompleted)
            {
                await stream.WriteAsync(spaces);
                await stream.FlushAsync();
                await Task.WhenAny(_sendRest.Task, Task.Delay(250));
            }
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_json[1..]));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
