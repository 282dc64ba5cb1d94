using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Live;
using Samspill.Grains.Suppliers;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>Suppliers follow things, and an announcement reaches exactly the followers it concerns, live.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SupplierFollowTests(ClusterFixture fx)
{
    [Fact]
    public async Task An_announcement_reaches_exactly_the_suppliers_that_follow_what_it_concerns()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue, cpv: "48100000-9");
        var county = TestCatalog.Instance.Municipality(member)!.CountyNumber;
        var hearing = new[]
        {
            await fx.Supplier((FollowKind.Cpv, "48000000-8")),          // a parent of the consortium's code
            await fx.Supplier((FollowKind.Cpv, "48100000-9")),          // the code itself
            await fx.Supplier((FollowKind.Municipality, lead)),
            await fx.Supplier((FollowKind.Municipality, member)),
            await fx.Supplier((FollowKind.County, county)),
        };
        var deaf = new[]
        {
            await fx.Supplier((FollowKind.Cpv, "72000000-5")),          // an unrelated code
            await fx.Supplier((FollowKind.Cpv, "48110000-2")),          // a child of the code: does not cover its parent
            await fx.Supplier(),                                         // follows nothing
            await fx.Supplier((FollowKind.Cpv, "48000000-8")),          // followed, then unfollowed
        };
        await fx.AsSupplier(deaf[3], g => g.Unfollow(FollowKind.Cpv, "48000000-8"));

        var announced = await fx.Announce(id, lead);

        foreach (var org in hearing)
        {
            var heard = Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), e => e.Type == "DialogueEventAnnounced");
            Assert.Contains(announced.Id, heard.DataJson);
            Assert.Contains("48100000-9", heard.DataJson);
        }
        foreach (var org in deaf)
            Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), e => e.Type == "DialogueEventAnnounced");
    }

    [Fact]
    public async Task Following_an_announced_consortium_hears_its_next_event_and_an_unannounced_one_cannot_be_followed()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue, cpv: "33196200-2");
        var org = await fx.Supplier();
        await Refused.With(ErrorCodes.NotFound, () => fx.AsSupplier(org, g => g.Follow(FollowKind.Consortium, id)));

        await fx.Announce(id, lead);
        await fx.AsSupplier(org, g => g.Follow(FollowKind.Consortium, id));
        var second = await fx.Announce(id, lead);

        var heard = Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), e => e.Type == "DialogueEventAnnounced");
        Assert.Contains(second.Id, heard.DataJson);
    }

    [Fact]
    public async Task A_supplier_acts_only_for_itself_and_must_register_before_it_follows()
    {
        var org = OrgNumbers.Next();
        await Refused.With(ErrorCodes.Forbidden, () => fx.AsSupplier(org, g => g.Follow(FollowKind.County, "18")));
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Supplier(OrgNumbers.Next()), c => c.GetGrain<ISupplierGrain>(org).Register("Kaprer AS")));
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Municipality("1804"), c => c.GetGrain<ISupplierGrain>(org).Register("Kommune AS")));
        await Refused.With(ErrorCodes.Unauthenticated, () => fx.As(Callers.Anonymous, c => c.GetGrain<ISupplierGrain>(org).Register("Anonym AS")));
        Assert.Null(await fx.AsSupplier(org, g => g.GetView()));

        await fx.AsSupplier(org, g => g.Register("Nordlys AS"));
        var view = await fx.AsSupplier(org, g => g.Follow(FollowKind.County, "18"));
        Assert.Equal((FollowKind.County, "18"), (Assert.Single(view.Follows).Kind, view.Follows[0].Value));
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Supplier(OrgNumbers.Next()), c => c.GetGrain<ISupplierGrain>(org).Follow(FollowKind.County, "46")));
    }

    [Fact]
    public async Task Follows_and_registrations_are_seen_by_the_supplier_and_programme_staff_only()
    {
        var org = await fx.Supplier((FollowKind.Cpv, "48000000-8"));
        Assert.Single((await fx.AsSupplier(org, g => g.GetView()))!.Follows);
        Assert.Single((await fx.As(Callers.Programme, c => c.GetGrain<ISupplierGrain>(org).GetView()))!.Follows);

        var municipality = (await fx.As(Callers.Municipality("1804"), c => c.GetGrain<ISupplierGrain>(org).GetView()))!;
        Assert.Equal($"Leverandør {org}", municipality.Name);
        Assert.Empty(municipality.Follows);
        Assert.Null(await fx.As(Callers.Supplier(OrgNumbers.Next()), c => c.GetGrain<ISupplierGrain>(org).GetView()));
        Assert.Null(await fx.As(Callers.Anonymous, c => c.GetGrain<ISupplierGrain>(org).GetView()));
    }

    [Fact]
    public async Task A_follow_survives_a_restart_of_the_supplier_and_its_index()
    {
        var org = await fx.Supplier((FollowKind.Cpv, "90500000-2"));
        await fx.Restart(fx.Client.GetGrain<ISupplierGrain>(org));
        await fx.Restart(fx.Client.GetGrain<IFollowerIndexGrain>("cpv/90"));
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.NeedsClarification, cpv: "90510000-5");

        await fx.Announce(id, lead);

        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), e => e.Type == "DialogueEventAnnounced");
        Assert.Single((await fx.AsSupplier(org, g => g.GetView()))!.Follows);
    }
}
