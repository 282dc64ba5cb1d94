using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Matching;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// When the work after an acknowledged write fails (a topic or index grain on a silo that just died), the grain
/// catches up by itself: no further write, call or reactivation is needed for the events and copies to arrive.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DeliveryCatchUpTests(ClusterFixture fx)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static Task Eventually(Func<Task<bool>> condition) => Wait.Until(condition, Patience, "the grain did not catch up on its own");

    [Fact]
    public async Task A_published_need_reaches_its_topic_and_the_county_index_after_delivery_failed()
    {
        var number = Kommuner.Next();
        var county = TestCatalog.Instance.Municipality(number)!.CountyNumber;
        fx.Faults.Arm(FaultPoints.MunicipalityWritten);

        var need = await fx.PublishNeed(number);

        await Eventually(async () =>
            fx.Broadcaster.Sent(LiveTopics.Municipality(number)).Any(e => e.Type == "NeedPublished")
            && (await fx.As(Callers.Programme, c => c.GetGrain<INeedIndexGrain>(county).Search(new NeedSearch { Municipality = number })))
                .Any(n => n.Id == need.Id));
    }

    [Fact]
    public async Task The_county_index_rebuilds_from_its_stored_parts_after_a_restart()
    {
        var number = Kommuner.Next();
        var county = TestCatalog.Instance.Municipality(number)!.CountyNumber;
        var need = await fx.PublishNeed(number);
        var index = fx.Client.GetGrain<INeedIndexGrain>(county);

        await fx.Restart(index);

        var found = await fx.As(Callers.Programme, _ => index.Search(new NeedSearch { Municipality = number }));
        Assert.Equal(need.Id, Assert.Single(found, n => n.Id == need.Id).Id);
        Assert.Contains(await index.Snapshot(), n => n.Id == need.Id);
    }

    [Fact]
    public async Task An_invitation_reaches_the_invited_municipality_after_delivery_failed()
    {
        var lead = Kommuner.Next();
        var invited = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);
        fx.Faults.Arm(FaultPoints.ConsortiumWritten);

        await fx.Consortium(id, lead, g => g.Invite(invited, "Bli med?"));

        await Eventually(async () =>
            fx.Broadcaster.Sent(LiveTopics.Consortium(id)).Any(e => e.Type == "MemberInvited")
            && (await fx.Own(invited, g => g.GetInvitations())).Any(i => i.ConsortiumId == id));
    }
}
