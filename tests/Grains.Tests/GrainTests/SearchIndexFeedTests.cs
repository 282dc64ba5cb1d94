using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// The index runs the county feeds' calls that wait at once as one batch (one reader refresh): each call still gets
/// the answers of its own steps, as if the calls had run one at a time in the order they arrived.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SearchIndexFeedTests(ClusterFixture fx)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Calls_of_several_counties_at_once_each_get_their_own_steps_answers()
    {
        // A corpus of its own: the needs below are fed to it only.
        var index = fx.Client.GetGrain<ISearchIndexGrain>($"feed-test-{Guid.NewGuid():N}");
        await index.Stats();
        var word = $"tangrenser{Guid.NewGuid():N}"[..16];
        var calls = new[] { new[] { "1804" }, ["1813", "1806"], ["1811"], ["4601", "4602", "4640"], ["5001"] }
            .Select(numbers => numbers.Select(n => Need($"{word}-{n}", n, word)).ToList()).ToList();

        var answers = await Task.WhenAll(calls.Select(needs => index.FeedNeeds(needs.Select(Published).ToList(), NeedFeedGrain.Candidates)));

        var all = calls.SelectMany(c => c).ToList();
        for (var c = 0; c < calls.Count; c++)
        {
            Assert.Equal(calls[c].Count, answers[c].Count);
            for (var s = 0; s < calls[c].Count; s++)
                Assert.All(answers[c][s], m => Assert.NotEqual(calls[c][s].Municipality, m.Need.Municipality));
        }
        // Whatever order the calls arrived in, each pair of these alike needs is found once: by the later of the two.
        var pairs = calls.SelectMany((needs, c) => needs.SelectMany((need, s) => answers[c][s].Select(m => Pair(need.Id, m.Need.Id)))).ToList();
        Assert.Equal(pairs.Distinct().Count(), pairs.Count);
        Assert.Equal(all.Count * (all.Count - 1) / 2, pairs.Count);

        var hits = await fx.As(Callers.Municipality("3401"), c => c.GetGrain<ISearchIndexGrain>(index.GetPrimaryKeyString())
            .Search(new SearchQuery { Text = word, Kinds = [SearchKind.Need], First = 20 }));
        Assert.Equal(all.Select(n => n.Id).Order(StringComparer.Ordinal), hits.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static NeedFeedStep Published(NeedRecord need) => new([need], [need], Callers.Municipality(need.Municipality));

    private static NeedRecord Need(string id, string municipality, string word) => new()
    {
        Id = id, Municipality = municipality, Title = $"Digitale kjøkkenvarslere {word}",
        Description = $"Kjøkkenvarsler med komfyrvakt for hjemmeboende eldre, {word}", Cpv = ["32552000-7"],
        Visibility = NeedVisibility.Municipalities, OpenToCollaboration = true,
        NeededFrom = new DateOnly(2027, 1, 1), NeededTo = new DateOnly(2027, 12, 31), CreatedAt = Now, UpdatedAt = Now,
    };
}
