using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests;

public sealed class SmokeTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public async Task Publishing_a_need_reaches_the_municipality_topic_live()
    {
        var token = await app.MunicipalityToken("5001");
        await using var live = await app.ConnectLiveAsync(token);
        var recorder = new LiveRecorder(live);
        var subscribed = await LiveRecorder.Subscribe(live, "municipality/5001");

        var need = (await app.GraphQLAsync(
            """mutation { publishNeed(input: { title: "Trygghetsalarmer", description: "d", cpv: ["72000000-5"], category: SERVICES }) { id } }""",
            token: token)).Ok();

        var e = await recorder.WaitFor(x => x.Type == "NeedPublished");
        Assert.Equal("municipality/5001", e.Topic);
        Assert.Equal(subscribed.Sequence + 1, e.Sequence);
        Assert.Equal(need["publishNeed"]!["id"]!.GetValue<string>(), e.Data.GetProperty("needId").GetString());
    }
}
