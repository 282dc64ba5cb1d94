using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Suppliers;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// Announcing and answering span several grains. A crash between their writes must not lose the announcement or the
/// answer, nor tell anyone twice, once the grains are active again.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DialogueRecoveryTests(ClusterFixture fx)
{
    [Theory]
    [InlineData(FaultPoints.AnnouncementStored)]
    [InlineData(FaultPoints.AnnouncementCreated)]
    public async Task An_announcement_interrupted_between_the_consortium_and_the_event_completes_once(string point)
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue, cpv: "30200000-1");
        var follower = await fx.Supplier((FollowKind.Municipality, member));

        fx.Faults.Arm(point);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => fx.Announce(id, lead));
        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));

        // Any read finishes the stored step first.
        var view = (await fx.As(Callers.Anonymous, c => c.GetGrain<IConsortiumGrain>(id).GetView()))!;
        var eventId = Assert.Single(view.DialogueEventIds);
        Assert.Equal(DialogueEventStatus.Announced, (await fx.Event(eventId))!.Status);
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(follower)), x => x.Type == "DialogueEventAnnounced");
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Consortium(id)), x => x.Type == "DialogueEventAnnounced");

        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));
        await fx.Restart(fx.Client.GetGrain<IDialogueEventGrain>(eventId));
        Assert.Single((await fx.Consortium(id, lead, g => g.GetView()))!.DialogueEventIds);
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(follower)), x => x.Type == "DialogueEventAnnounced");
    }

    [Fact]
    public async Task A_fan_out_interrupted_after_the_event_is_stored_reaches_every_follower_once_on_reactivation()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue, cpv: "30200000-1");
        var follower = await fx.Supplier((FollowKind.Municipality, member));

        fx.Faults.Arm(FaultPoints.FanOutPending);
        var e = await fx.Announce(id, lead);
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(follower)), x => x.Type == "DialogueEventAnnounced");

        await fx.Restart(fx.Client.GetGrain<IDialogueEventGrain>(e.Id));
        await fx.Event(e.Id);
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(follower)), x => x.Type == "DialogueEventAnnounced");

        await fx.Restart(fx.Client.GetGrain<IDialogueEventGrain>(e.Id));
        await fx.Event(e.Id);
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(follower)), x => x.Type == "DialogueEventAnnounced");
    }

    [Fact]
    public async Task An_answer_interrupted_before_delivery_reaches_every_supplier_once_and_is_logged()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead);
        var asker = await fx.Supplier();
        var registered = await fx.Supplier();
        await fx.Register(registered, e.Id);
        var q = await fx.Ask(id, asker);

        fx.Faults.Arm(FaultPoints.AnswerStored);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => fx.Answer(id, lead, q.Id));
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(registered)), x => x.Type == "AnswerPublished");
        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));

        var questions = await fx.As(Callers.Supplier(registered), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetQuestions());
        Assert.Equal("EN 50134 gjelder.", Assert.Single(questions).Answer);
        await fx.Consortium(id, lead, g => g.GetView());
        foreach (var org in new[] { asker, registered })
            Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), x => x.Type == "AnswerPublished");
        var log = Assert.Single(await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).GetAnswerDistribution()));
        Assert.Equal(new[] { asker, registered }.Order(StringComparer.Ordinal), log.Suppliers);
    }
}
