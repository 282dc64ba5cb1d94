using Samspill.Grains.Cases;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>
/// The county feeds' partner queries on a reader that lags a few needs behind (no silo): one publish at a time no
/// longer refreshes the reader per need, yet a partner query still finds every need written before it, and a need
/// written since the reader's refresh is judged by its newest copy — never by the reader's older one that was still
/// free to pool, visible, or there at all.
/// </summary>
public sealed class LaggingReaderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly SearchIndex _index = new(TestCatalog.Instance);
    private readonly Dictionary<string, NeedRecord> _needs = [];
    private readonly RelatedCpv _related = RelatedCpv.FromCases(CaseSeed.Load(TestCatalog.Instance, Now));

    private static readonly string[] StaffAudiences = [SearchAudience.Public, SearchAudience.Municipalities];

    public void Dispose() => _index.Dispose();

    private static NeedRecord Need(string id, string municipality, int version = 1, NeedVisibility visibility = NeedVisibility.Municipalities) => new()
    {
        Id = id, Municipality = municipality, Title = "Digitale kjøkkenvarslere for hjemmeboende",
        Description = "Kjøkkenvarsler med komfyrvakt for hjemmeboende eldre", Cpv = ["32552000-7"],
        Visibility = visibility, OpenToCollaboration = true,
        NeededFrom = new DateOnly(2027, 1, 1), NeededTo = new DateOnly(2027, 12, 31), CreatedAt = Now, UpdatedAt = Now.AddSeconds(version),
    };

    private IReadOnlyList<NeedMatch> Publish(NeedRecord need) =>
        NeedFeedBatch.Apply(_index, _needs, _related, TestCatalog.Instance, [new NeedFeedStep([need], [need], Callers.Municipality(need.Municipality))],
            NeedFeedGrain.Candidates)[0];

    private void Write(NeedRecord need) =>
        NeedFeedBatch.Apply(_index, _needs, _related, TestCatalog.Instance, [new NeedFeedStep([need], [], Callers.Municipality(need.Municipality))],
            NeedFeedGrain.Candidates);

    /// <summary>A user's search, which always sees every write: it brings the reader up to date.</summary>
    private void UserSearch() => _index.Search(new SearchQuery { Text = "komfyrvakt", First = 1 }, StaffAudiences);

    [Fact]
    public void Needs_published_one_at_a_time_find_every_earlier_one_without_a_refresh_each()
    {
        string[] municipalities = ["1804", "1813", "1806", "1811", "5001", "3401"];
        var refreshes = _index.Refreshes;

        for (var i = 0; i < municipalities.Length; i++)
        {
            var answer = Publish(Need($"n{i}", municipalities[i]));
            Assert.Equal(Enumerable.Range(0, i).Select(j => $"n{j}"), answer.Select(m => m.Need.Id).Order(StringComparer.Ordinal));
        }

        Assert.Equal(refreshes, _index.Refreshes);
        // A user's search sees them all.
        var hits = _index.Search(new SearchQuery { Text = "komfyrvakt", First = 10 }, StaffAudiences).Hits;
        Assert.Equal(municipalities.Length, hits.Count);
        Assert.Equal(refreshes + 1, _index.Refreshes);
    }

    [Fact]
    public void The_reader_lags_at_most_the_bound()
    {
        var refreshes = _index.Refreshes;
        for (var i = 0; i < SearchIndex.MaxUnrefreshedNeeds; i++) Publish(Need($"n{i}", i % 2 == 0 ? "1804" : "1813"));
        Assert.Equal(refreshes, _index.Refreshes);

        var answer = Publish(Need("one-more", "1813"));

        Assert.Equal(refreshes + 1, _index.Refreshes);
        Assert.Equal(NeedFeedGrain.Candidates, answer.Count);
        Assert.All(answer, m => Assert.Equal("1804", m.Need.Municipality));
    }

    [Fact]
    public void A_need_that_joined_a_consortium_since_the_refresh_is_not_suggested_from_the_readers_older_copy()
    {
        Write(Need("x", "1804"));
        UserSearch();
        Write(Need("x", "1804", version: 2) with { ConsortiumId = "k1", Stage = NeedStage.InConsortium });
        var refreshes = _index.Refreshes;

        var answer = Publish(Need("q", "1813"));

        Assert.Equal(refreshes, _index.Refreshes);
        Assert.DoesNotContain(answer, m => m.Need.Id == "x");
    }

    [Fact]
    public void A_need_withdrawn_since_the_refresh_is_not_suggested_from_the_readers_older_copy()
    {
        Write(Need("x", "1804"));
        UserSearch();
        Write(Need("x", "1804", version: 2) with { Stage = NeedStage.Withdrawn });
        var refreshes = _index.Refreshes;

        var answer = Publish(Need("q", "1813"));

        Assert.Equal(refreshes, _index.Refreshes);
        Assert.DoesNotContain(answer, m => m.Need.Id == "x");
    }

    [Fact]
    public void A_need_made_private_since_the_refresh_is_not_suggested_to_another_municipality()
    {
        Write(Need("x", "1804"));
        Write(Need("hidden", "1806", visibility: NeedVisibility.Private));
        UserSearch();
        Write(Need("x", "1804", version: 2, visibility: NeedVisibility.Private));
        Write(Need("fresh", "1811", visibility: NeedVisibility.Private));
        var refreshes = _index.Refreshes;

        var answer = Publish(Need("q", "1813"));

        Assert.Equal(refreshes, _index.Refreshes);
        Assert.Empty(answer);
        // Its own municipality's needs are never its partners, in the reader or not.
        Write(Need("own", "1813", version: 3));
        Assert.DoesNotContain(Publish(Need("q2", "1813")), m => m.Need.Municipality == "1813");
    }

    [Fact]
    public void A_need_written_since_the_refresh_is_judged_by_its_newest_copy_and_found_once()
    {
        Write(Need("was-closed", "1804") with { OpenToCollaboration = false });
        Write(Need("was-open", "1806"));
        UserSearch();
        Write(Need("was-closed", "1804", version: 2));
        Write(Need("was-open", "1806", version: 2));
        var refreshes = _index.Refreshes;

        var answer = Publish(Need("q", "1813"));

        Assert.Equal(refreshes, _index.Refreshes);
        Assert.Equal(["was-closed", "was-open"], answer.Select(m => m.Need.Id).Order(StringComparer.Ordinal));
    }
}
