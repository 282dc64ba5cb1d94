using System.Text.Json;
using Samspill.Grains.Live;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>Publishing a need open to collaboration finds similar needs through the county indexes and tells both sides.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PartnerSuggestionTests(ClusterFixture fx)
{
    // Each test uses its own CPV division, which no other open need in the test run shares, so only its own needs match.
    private static PublishNeedCommand Open(string cpv, NeedVisibility visibility = NeedVisibility.Municipalities) => new()
    {
        Title = "Digital tilsyn i hjemmetjenesten", Description = "Sensorer og varsling", Cpv = [cpv],
        Category = ProcurementCategory.Goods, EstimatedValueNok = 700_000, Visibility = visibility,
        NeededFrom = new DateOnly(2026, 1, 1), NeededTo = new DateOnly(2026, 12, 31),
    };

    private IReadOnlyList<JsonElement> Suggestions(string municipality) =>
        fx.Broadcaster.Sent(LiveTopics.Municipality(municipality)).Where(e => e.Type == "PartnerSuggested")
            .Select(e => JsonDocument.Parse(e.DataJson).RootElement).ToList();

    [Fact]
    public async Task Both_municipalities_hear_of_a_similar_need()
    {
        var first = Kommuner.Next();
        var second = Kommuner.Next();
        var early = await fx.Own(first, g => g.PublishNeed(Open("48219300-9")));
        Assert.Empty(Suggestions(first));

        var late = await fx.Own(second, g => g.PublishNeed(Open("48219300-9")));

        var toSecond = Assert.Single(Suggestions(second));
        Assert.Equal((late.Id, early.Id, first), (toSecond.GetProperty("needId").GetString(), toSecond.GetProperty("matchedNeedId").GetString(), toSecond.GetProperty("municipality").GetString()));
        var toFirst = Assert.Single(Suggestions(first));
        Assert.Equal((early.Id, late.Id, second), (toFirst.GetProperty("needId").GetString(), toFirst.GetProperty("matchedNeedId").GetString(), toFirst.GetProperty("municipality").GetString()));
    }

    [Fact]
    public async Task The_other_side_does_not_hear_of_a_private_need()
    {
        var first = Kommuner.Next();
        var second = Kommuner.Next();
        await fx.Own(first, g => g.PublishNeed(Open("33190000-8")));

        await fx.Own(second, g => g.PublishNeed(Open("33190000-8", NeedVisibility.Private)));

        Assert.Single(Suggestions(second));
        Assert.Empty(Suggestions(first));
    }

    [Fact]
    public async Task Pooled_and_withdrawn_needs_are_not_suggested()
    {
        var pooling = Kommuner.Next();
        var withdrawing = Kommuner.Next();
        var asking = Kommuner.Next();
        var pooled = await fx.Own(pooling, g => g.PublishNeed(Open("38500000-0")));
        await fx.CreateConsortium(pooling, pooled.Id);
        var withdrawn = await fx.Own(withdrawing, g => g.PublishNeed(Open("38500000-0")));
        await fx.Own(withdrawing, g => g.WithdrawNeed(withdrawn.Id));
        var freeOwner = Kommuner.Next();
        var free = await fx.Own(freeOwner, g => g.PublishNeed(Open("38500000-0")));

        var need = await fx.Own(asking, g => g.PublishNeed(Open("38500000-0")));
        var matches = await fx.As(Callers.Municipality(asking), c => c.GetGrain<INeedMatchingGrain>(0).FindSimilar(need, 100));

        Assert.Equal(free.Id, Assert.Single(matches).Need.Id);
        Assert.DoesNotContain(matches, m => m.Need.Id == pooled.Id || m.Need.Id == withdrawn.Id || m.Need.Id == need.Id);
        Assert.DoesNotContain(Suggestions(asking), s => s.GetProperty("matchedNeedId").GetString() is var id && (id == pooled.Id || id == withdrawn.Id));
    }
}
