using Microsoft.AspNetCore.SignalR;
using Samspill.Gateway.Tests.Consortia;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Live;

/// <summary>
/// A municipality that leaves a consortium stops hearing its internal work at once, on the subscription it already
/// has, and cannot subscribe to the full topic again.
/// </summary>
public sealed class SubscriptionRevocationTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Lead = "3403";     // Hamar
    private const string Leaver = "3407";   // Gjøvik
    private const string Stayer = "3411";   // Ringsaker
    private const string Later = "3405";    // Lillehammer

    [Fact]
    public async Task A_member_that_leaves_receives_its_own_departure_and_nothing_of_the_consortium_after_it()
    {
        var driver = new ConsortiumDriver(app);
        var consortium = await driver.Formed(Lead, Leaver);
        var topic = $"consortium/{consortium}";

        await using var leaverLive = await app.ConnectLiveAsync(await app.MunicipalityToken(Leaver));
        var leaver = new LiveRecorder(leaverLive);
        await LiveRecorder.Subscribe(leaverLive, topic);
        await LiveRecorder.Subscribe(leaverLive, $"municipality/{Leaver}");
        await using var leadLive = await app.ConnectLiveAsync(await app.MunicipalityToken(Lead));
        var lead = new LiveRecorder(leadLive);
        await LiveRecorder.Subscribe(leadLive, topic);

        // While a member, it hears the consortium's work.
        (await driver.Invite(Lead, consortium, Stayer)).Ok();
        await leaver.WaitFor(e => e.Topic == topic && e.Type == "MemberInvited");

        (await driver.Leave(Leaver, consortium)).Ok();
        var left = await leaver.WaitFor(e => e.Topic == topic && e.Type == "MemberLeft");

        // The consortium goes on; then the leaver's own topic speaks. One connection receives in send order, so had
        // the invitation reached it, it would have arrived before the need.
        (await driver.Invite(Lead, consortium, Later)).Ok();
        var invitedLater = await lead.WaitFor(e => e.Topic == topic && e.Type == "MemberInvited" && e.Data.GetProperty("municipality").GetString() == Later);
        await driver.PublishNeed(Leaver, 200_000);
        await leaver.WaitFor(e => e.Type == "NeedPublished");

        Assert.True(invitedLater.Sequence > left.Sequence);
        Assert.DoesNotContain(leaver.Events, e => e.Topic == topic && e.Sequence > left.Sequence);

        var again = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(leaverLive, topic));
        Assert.StartsWith("FORBIDDEN: ", again.Message);
    }
}
