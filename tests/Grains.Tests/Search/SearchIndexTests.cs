using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>The Lucene index on its own: Norwegian matching, highlights, visibility in hits, counts and facets, versions.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly SearchIndex _index = new(TestCatalog.Instance);

    public void Dispose() => _index.Dispose();

    private static SearchDocument Need(string id, string title, string body, string municipality, params string[] visibleTo) => new()
    {
        Kind = SearchKind.Need, Id = id, Title = title, Body = body, Cpv = ["90620000-9"], Municipality = municipality,
        Counties = [TestCatalog.Instance.Municipality(municipality)!.CountyNumber], VisibleTo = visibleTo, Version = 1, Poolable = true,
    };

    private static readonly string[] Municipalities = [SearchAudience.Public];

    [Fact]
    public void A_synonym_finds_the_other_word_and_marks_it()
    {
        _index.Upsert(Need("n1", "Brøyting", "Brøyting av kommunale veier i Narvik", "1806", SearchAudience.Public));
        var result = _index.Search(new SearchQuery { Text = "snørydding" }, Municipalities);
        var hit = Assert.Single(result.Hits);
        Assert.Equal("n1", hit.Id);
        Assert.True(hit.Snippet.Contains("<mark>Brøyting</mark>"), hit.Snippet);
    }

    [Fact]
    public void Snippets_escape_html_around_the_marks()
    {
        _index.Upsert(Need("n1", "Sensorer", "Sensorer <script> i omsorgsboliger", "1806", SearchAudience.Public));
        var hit = Assert.Single(_index.Search(new SearchQuery { Text = "sensor" }, Municipalities).Hits);
        Assert.Contains("&lt;script&gt;", hit.Snippet);
        Assert.DoesNotContain("<script>", hit.Snippet);
    }

    [Fact]
    public void What_an_audience_may_not_see_is_in_no_hit_count_or_facet()
    {
        _index.Upsert(Need("open", "Trygghetsalarmer", "Alarmer for hjemmeboende", "1806", SearchAudience.Public, SearchAudience.Municipalities, SearchAudience.Own("1806")));
        _index.Upsert(Need("private", "Trygghetsalarmer", "Alarmer for hjemmeboende", "4601", SearchAudience.Own("4601")));

        var outsider = _index.Search(new SearchQuery { Text = "trygghetsalarm" }, SearchAudience.Of(Callers.Municipality("1804")));
        Assert.Equal(["open"], outsider.Hits.Select(h => h.Id));
        Assert.Equal(1, outsider.TotalCount);
        Assert.Equal([new FacetCount("Need", 1)], outsider.ByKind);
        Assert.DoesNotContain(outsider.ByCounty, f => f.Value == "46");

        var owner = _index.Search(new SearchQuery { Text = "trygghetsalarm" }, SearchAudience.Of(Callers.Municipality("4601")));
        Assert.Equal(2, owner.TotalCount);
        Assert.Contains(owner.ByCounty, f => f.Value == "46" && f.Count == 1);
    }

    [Fact]
    public void Facets_count_hits_that_pass_every_other_filter()
    {
        _index.Upsert(Need("a", "Brøyting", "Brøyting", "1806", SearchAudience.Public));
        _index.Upsert(Need("b", "Brøyting", "Brøyting", "5501", SearchAudience.Public));
        _index.Upsert(new SearchDocument
        {
            Kind = SearchKind.Case, Id = "c", Title = "Smart brøyting", Body = "Brøyting", Counties = ["18"], Domain = "transport",
            VisibleTo = [SearchAudience.Public], Version = 1,
        });

        var result = _index.Search(new SearchQuery { Text = "brøyting", County = "18" }, Municipalities);
        Assert.Equal(2, result.TotalCount);
        Assert.Equal(new[] { ("Case", 1), ("Need", 1) }, result.ByKind.Select(f => (f.Value, f.Count)).OrderBy(x => x.Value));
        // The county facet ignores the county filter itself: Troms (55) still shows its one hit.
        Assert.Contains(result.ByCounty, f => f.Value == "55" && f.Count == 1);
        Assert.Equal([new FacetCount("transport", 1)], result.ByDomain);
    }

    [Fact]
    public void An_older_copy_never_replaces_a_newer_one_and_deletes_stay_deleted()
    {
        _index.Upsert(Need("n", "Snørydding", "ny", "1806", SearchAudience.Public) with { Version = 5 });
        Assert.False(_index.Upsert(Need("n", "Sykehjem", "gammel", "1806", SearchAudience.Public) with { Version = 4 }));
        Assert.Single(_index.Search(new SearchQuery { Text = "brøyting" }, Municipalities).Hits);

        Assert.True(_index.Delete(SearchKind.Need, "n", 6));
        Assert.False(_index.Upsert(Need("n", "Snørydding", "ny", "1806", SearchAudience.Public) with { Version = 5 }));
        Assert.Empty(_index.Search(new SearchQuery { Text = "brøyting" }, Municipalities).Hits);
    }

    [Fact]
    public void Term_weights_count_title_and_body_over_every_segment()
    {
        // Each Idf() refreshes the reader after an upsert, so every need lands in a segment of its own.
        for (var i = 0; i < 10; i++)
        {
            var title = i < 3 ? "Zqxw" : "Sykehjem";
            var body = i is >= 3 and < 5 ? "zqxw i sentrum" : "vintervedlikehold";
            _index.Upsert(Need($"n{i}", title, body, "1806", SearchAudience.Public));
            _index.Idf();
        }
        var idf = _index.Idf();
        Assert.Equal(Math.Log(1 + 10 / (3 + 2 + 1.0)), idf("zqxw"), 12);
        Assert.Equal(Math.Log(1 + 10 / 1.0), idf("ukjentord"), 12);
    }

    [Fact]
    public void Cpv_names_are_searched_in_norwegian()
    {
        // 90620000-9 is "Snørydding" in cpv.csv: a need with it is found by its code's name, through the synonym too.
        _index.Upsert(Need("n", "Vinter i sentrum", "Vi trenger hjelp om vinteren", "1806", SearchAudience.Public));
        Assert.Single(_index.Search(new SearchQuery { Text = "brøyting" }, Municipalities).Hits);
    }
}
