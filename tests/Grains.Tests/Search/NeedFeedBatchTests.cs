using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>
/// A county feed's batch over the index on its own (no silo): everything in the batch is searchable after it, each
/// step's partner query sees what earlier steps brought and not what later ones bring (as one step at a time would),
/// and of several copies of one need the newest is the one indexed.
/// </summary>
public sealed class NeedFeedBatchTests : FeedIndexTestBase
{
    [Fact]
    public void Alike_needs_in_one_batch_each_find_the_earlier_ones_only_and_all_are_searchable()
    {
        var earlier = Need("already", "1804");
        Apply(Published(earlier));
        var batch = new[] { Need("a", "1813"), Need("b", "1806"), Need("c", "1811") };

        var answers = Apply(batch.Select(Published).ToArray());

        Assert.Equal(["already"], answers[0].Select(m => m.Need.Id));
        Assert.Equal(["a", "already"], answers[1].Select(m => m.Need.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["a", "already", "b"], answers[2].Select(m => m.Need.Id).Order(StringComparer.Ordinal));
        var hits = Index.Search(new SearchQuery { Text = "komfyrvakt", First = 10 }, SearchAudience.Of(Callers.Municipality("5001"))).Hits;
        Assert.Equal(["a", "already", "b", "c"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_newest_copy_of_a_need_wins_whatever_order_the_batch_holds_them_in()
    {
        var newer = Need("n", "1804", title: "Komfyrvakt", version: 3);
        var older = Need("n", "1804", title: "Brannvarsler", version: 2);

        Apply(Written(newer), Written(older));

        Assert.Equal(newer.UpdatedAt.UtcTicks, Index.VersionOf(SearchKind.Need, "n"));
        Assert.Equal("Komfyrvakt", Needs["n"].Title);
    }

    [Fact]
    public void A_need_that_wasIndexed_before_the_batch_is_seen_by_every_step()
    {
        var before = Need("x", "1804");
        Apply(Published(before));
        var query = Need("q", "1813");

        // The same batch also brings a newer copy of x, after q's step.
        var answers = Apply(Published(query), Written(before with { UpdatedAt = Now.AddSeconds(5) }));

        Assert.Equal(["x"], answers[0].Select(m => m.Need.Id));
    }
}
