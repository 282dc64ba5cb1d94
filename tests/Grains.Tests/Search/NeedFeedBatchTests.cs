using Samspill.Grains.Cases;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>
/// A county feed's batch over the index on its own (no silo): everything in the batch is searchable after it, each
/// step's partner query sees what earlier steps brought and not what later ones bring (as one step at a time would),
/// and of several copies of one need the newest is the one indexed.
/// </summary>
public sealed class NeedFeedBatchTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly SearchIndex _index = new(TestCatalog.Instance);
    private readonly Dictionary<string, NeedRecord> _needs = [];
    private readonly RelatedCpv _related = RelatedCpv.FromCases(CaseSeed.Load(TestCatalog.Instance, Now));

    public void Dispose() => _index.Dispose();

    private static NeedRecord Need(string id, string municipality, string title = "Digitale kjøkkenvarslere for hjemmeboende",
        string description = "Kjøkkenvarsler med komfyrvakt for hjemmeboende eldre", int version = 1) => new()
    {
        Id = id, Municipality = municipality, Title = title, Description = description, Cpv = ["32552000-7"],
        Visibility = NeedVisibility.Municipalities, OpenToCollaboration = true,
        NeededFrom = new DateOnly(2027, 1, 1), NeededTo = new DateOnly(2027, 12, 31), CreatedAt = Now, UpdatedAt = Now.AddSeconds(version),
    };

    private static NeedFeedStep Published(NeedRecord need) => new([need], [need], Callers.Municipality(need.Municipality));

    private IReadOnlyList<IReadOnlyList<NeedMatch>> Apply(params NeedFeedStep[] steps) =>
        NeedFeedBatch.Apply(_index, _needs, _related, TestCatalog.Instance, steps, NeedFeedGrain.Candidates);

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
        var hits = _index.Search(new SearchQuery { Text = "komfyrvakt", First = 10 }, SearchAudience.Of(Callers.Municipality("5001"))).Hits;
        Assert.Equal(["a", "already", "b", "c"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_newest_copy_of_a_need_wins_whatever_order_the_batch_holds_them_in()
    {
        var newer = Need("n", "1804", title: "Komfyrvakt", version: 3);
        var older = Need("n", "1804", title: "Brannvarsler", version: 2);

        Apply(new NeedFeedStep([newer], [], Callers.Municipality("1804")), new NeedFeedStep([older], [], Callers.Municipality("1804")));

        Assert.Equal(newer.UpdatedAt.UtcTicks, _index.VersionOf(SearchKind.Need, "n"));
        Assert.Equal("Komfyrvakt", _needs["n"].Title);
    }

    [Fact]
    public void A_need_that_was_indexed_before_the_batch_is_seen_by_every_step()
    {
        var before = Need("x", "1804");
        Apply(Published(before));
        var query = Need("q", "1813");

        // The same batch also brings a newer copy of x, after q's step.
        var answers = Apply(Published(query), new NeedFeedStep([before with { UpdatedAt = Now.AddSeconds(5) }], [], Callers.Municipality("1804")));

        Assert.Equal(["x"], answers[0].Select(m => m.Need.Id));
    }
}
