using System.Text.Json;
using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Matching;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// The county feed's queue is memory only. A partner search the municipality handed over and acknowledged survives the
/// feed's activation being lost before the feed ran it, and a search run twice tells nobody twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FeedLossTests(ClusterFixture fx)
{
    private static PublishNeedCommand Open(string title, string description) => new()
    {
        Title = title, Description = description, Cpv = ["44212320-8"],
        Category = ProcurementCategory.Goods, EstimatedValueNok = 900_000,
        NeededFrom = new DateOnly(2027, 1, 1), NeededTo = new DateOnly(2027, 12, 31),
    };

    private IReadOnlyList<JsonElement> Suggestions(string municipality) => fx.SuggestionsTo(municipality);

    [Fact]
    public async Task A_partner_search_queued_on_a_feed_lost_before_it_ran_is_still_delivered_once()
    {
        var earlier = Kommuner.Next();
        var asking = Kommuner.Next();
        var feed = fx.Client.GetGrain<INeedFeedGrain>(TestCatalog.Instance.Municipality(asking)!.CountyNumber);
        var early = await fx.Own(earlier, g => g.PublishNeed(Open("Snøryddingsutstyr til kommunale veier", "Plogutstyr og strøbiler for kommunale veier om vinteren")));
        await fx.Settled();
        Assert.Empty(Suggestions(earlier));

        // The feed queues the search and answers, so the publish is acknowledged; then it "dies" before running it, and
        // its activation goes with whatever it held (a silo going down; the municipality's activation lives on).
        fx.Faults.Arm(FaultPoints.FeedQueued);
        var late = await fx.Own(asking, g => g.PublishNeed(Open("Snøryddingsutstyr til kommunale veier", "Plogutstyr og strøbiler for kommunale veier om vinteren")));
        await feed.Settled();
        Assert.Empty(Suggestions(asking));
        await fx.Restart(feed);

        await Wait.Until(async () =>
        {
            await fx.Settled();
            return Suggestions(asking).Count > 0 && Suggestions(earlier).Count > 0;
        }, TimeSpan.FromSeconds(60), "the acknowledged partner search was lost with the feed's activation");
        var toAsking = Assert.Single(Suggestions(asking));
        Assert.Equal((late.Id, early.Id), (toAsking.GetProperty("needId").GetString(), toAsking.GetProperty("matchedNeedId").GetString()));
        var toEarlier = Assert.Single(Suggestions(earlier));
        Assert.Equal((early.Id, late.Id), (toEarlier.GetProperty("needId").GetString(), toEarlier.GetProperty("matchedNeedId").GetString()));

        // Confirmed, so not sent again: after more confirmation intervals each side still heard of the other once.
        await Task.Delay(MunicipalityGrain.SearchConfirmInterval * 3);
        await fx.Settled();
        Assert.Single(Suggestions(asking));
        Assert.Single(Suggestions(earlier));
    }

    [Fact]
    public async Task A_partner_search_run_again_pushes_no_suggestion_twice()
    {
        // What a resend does when the feed did run the search but its confirmation was lost: the same search, same key.
        var first = Kommuner.Next();
        var second = Kommuner.Next();
        var early = await fx.Own(first, g => g.PublishNeed(Open("Gatelys med LED og styring", "Smarte gatelys som dimmes etter trafikk")));
        await fx.Settled();
        var late = await fx.Own(second, g => g.PublishNeed(Open("Gatelys med LED og styring", "Smarte gatelys som dimmes etter trafikk")));
        await fx.Settled();
        Assert.Single(Suggestions(second));
        Assert.Single(Suggestions(first));

        var county = TestCatalog.Instance.Municipality(second)!.CountyNumber;
        await fx.As(Callers.Municipality(second), c => c.GetGrain<INeedFeedGrain>(county).Enqueue([], [new PartnerSearch(late, late.UpdatedAt)]));
        await fx.Settled();

        Assert.Single(Suggestions(second));
        Assert.Single(Suggestions(first));
    }
}
