using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;

namespace Samspill.Grains.Tests.Search;

/// <summary>
/// The county feeds' partner queries on a reader that lags a few needs behind (no silo): one publish at a time no
/// longer refreshes the reader per need, yet a partner query still finds every need written before it, and a need
/// written since the reader's refresh is judged by its newest copy — never by the reader's older one that was still
/// free to pool, visible, or there at all.
/// </summary>
public sealed class LaggingReaderTests : FeedIndexTestBase
{
    private static readonly string[] StaffAudiences = [SearchAudience.Public, SearchAudience.Municipalities];

    private IReadOnlyList<NeedMatch> Publish(NeedRecord need) => Apply(Published(need))[0];

    private void Write(NeedRecord need) => Apply(Written(need));

    /// <summary>A user's search, which always sees every write: it brings the reader up to date.</summary>
    private void UserSearch() => Index.Search(new SearchQuery { Text = "komfyrvakt", First = 1 }, StaffAudiences);

    [Fact]
    public void Needs_published_one_at_a_time_find_every_earlier_one_without_a_refresh_each()
    {
        string[] municipalities = ["1804", "1813", "1806", "1811", "5001", "3401"];
        var refreshes = Index.Refreshes;

        for (var i = 0; i < municipalities.Length; i++)
        {
            var answer = Publish(Need($"n{i}", municipalities[i]));
            Assert.Equal(Enumerable.Range(0, i).Select(j => $"n{j}"), answer.Select(m => m.Need.Id).Order(StringComparer.Ordinal));
        }

        Assert.Equal(refreshes, Index.Refreshes);
        // A user's search sees them all.
        var hits = Index.Search(new SearchQuery { Text = "komfyrvakt", First = 10 }, StaffAudiences).Hits;
        Assert.Equal(municipalities.Length, hits.Count);
        Assert.Equal(refreshes + 1, Index.Refreshes);
    }

    [Fact]
    public void The_reader_lags_at_most_the_bound()
    {
        var refreshes = Index.Refreshes;
        for (var i = 0; i < SearchIndex.MaxUnrefreshedNeeds; i++) Publish(Need($"n{i}", i % 2 == 0 ? "1804" : "1813"));
        Assert.Equal(refreshes, Index.Refreshes);

        var answer = Publish(Need("one-more", "1813"));

        Assert.Equal(refreshes + 1, Index.Refreshes);
        Assert.Equal(NeedFeedGrain.Candidates, answer.Count);
        Assert.All(answer, m => Assert.Equal("1804", m.Need.Municipality));
    }

    [Theory]
    [InlineData("joined a consortium")]
    [InlineData("withdrawn")]
    public void A_need_that_left_the_pool_since_the_refresh_is_not_suggested_from_the_readers_older_copy(string change)
    {
        Write(Need("x", "1804"));
        UserSearch();
        var changed = Need("x", "1804", version: 2);
        Write(change == "withdrawn" ? changed with { Stage = NeedStage.Withdrawn } : changed with { ConsortiumId = "k1", Stage = NeedStage.InConsortium });
        var refreshes = Index.Refreshes;

        var answer = Publish(Need("q", "1813"));

        Assert.Equal(refreshes, Index.Refreshes);
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
        var refreshes = Index.Refreshes;

        var answer = Publish(Need("q", "1813"));

        Assert.Equal(refreshes, Index.Refreshes);
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
        var refreshes = Index.Refreshes;

        var answer = Publish(Need("q", "1813"));

        Assert.Equal(refreshes, Index.Refreshes);
        Assert.Equal(["was-closed", "was-open"], answer.Select(m => m.Need.Id).Order(StringComparer.Ordinal));
    }
}
