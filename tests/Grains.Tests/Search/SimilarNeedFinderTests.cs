using Samspill.Grains.Cases;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Search;

/// <summary>
/// Similar needs over the index on its own (no silo): issue 14's pairs are found, what the caller may not see or pool
/// never is (also after the cached filter of a segment was made), and comparing kept term ids gives what comparing the
/// analysed strings gives.
/// </summary>
public sealed class SimilarNeedFinderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<CaseRecord> Cases = CaseSeed.Load(TestCatalog.Instance, Now);
    private readonly SearchIndex _index = new(TestCatalog.Instance);
    private readonly Dictionary<string, NeedRecord> _needs = [];
    private readonly RelatedCpv _related = RelatedCpv.FromCases(Cases);

    public SimilarNeedFinderTests()
    {
        foreach (var c in Cases) _index.Upsert(SearchDocuments.Case(c, TestCatalog.Instance));
    }

    public void Dispose() => _index.Dispose();

    private NeedRecord Add(string id, string municipality, string title, string description, string cpv,
        NeedVisibility visibility = NeedVisibility.Municipalities, bool open = true, int version = 1)
    {
        var need = new NeedRecord
        {
            Id = id, Municipality = municipality, Title = title, Description = description, Cpv = [cpv], Visibility = visibility,
            OpenToCollaboration = open, NeededFrom = new DateOnly(2027, 1, 1), NeededTo = new DateOnly(2027, 12, 31),
            CreatedAt = Now, UpdatedAt = Now.AddSeconds(version),
        };
        var doc = SearchDocuments.Need(need, TestCatalog.Instance);
        if (doc is null) _index.Delete(SearchKind.Need, id, need.UpdatedAt.UtcTicks);
        else _index.Upsert(doc);
        _needs[id] = need;
        return need;
    }

    private IReadOnlyList<string> Similar(NeedRecord need, string caller) =>
        SimilarNeedFinder.Find(_index, _needs, _related, TestCatalog.Instance, need, SearchAudience.Of(Callers.Municipality(caller)), 10)
            .Select(m => m.Need.Id).ToList();

    /// <summary>The needs of issue 14's trial, and filler so that term weights look like a real corpus's.</summary>
    private void AddTrialNeeds()
    {
        Add("andoy-trygghet", "1871", "Trygghetsteknologi for hjemmeboende", "Trygghetsalarmer og fallsensorer for eldre som bor hjemme", "32500000-8");
        Add("bergen-respons", "4601", "Responssenter for trygghetsalarmer", "Døgnbemannet mottak av alarmer fra innbyggerne", "85323000-9");
        Add("pleiesenger", "1813", "Pleiesenger til sykehjem", "Elektriske senger til sykehjemmet", "33192100-3");
        Add("legemidler", "1813", "Legemidler til sykehjem", "Rammeavtale for legemidler til sykehjemmene", "33600000-6");
        Add("narvik-broyting", "1806", "Brøyting", "Snørydding av veier og plasser i sentrum", "90620000-9");
        Add("laering", "3301", "Læringsplattform for grunnskolen", "Digital læringsplattform og læremidler for elevene", "48190000-6");
        Add("vann", "5001", "Rehabilitering av vannledninger", "Gravefri fornyelse av gamle vannledninger", "45232150-8");
        Add("ferje", "4626", "Elektrisk ferje", "Utslippsfri ferge på sambandet over fjorden", "60610000-7");
        Add("ventilasjon", "0301", "Ventilasjon i eldre skolebygg", "Bedre inneklima i skolene uten å stenge dem", "42520000-7");
        for (var i = 0; i < 40; i++)
            Add($"filler-{i}", i % 2 == 0 ? "3403" : "1108", $"Kontorrekvisita til kommunen {i}", "Rammeavtale på kontorrekvisita for kommunens ansatte", "30190000-7");
    }

    [Fact]
    public void Alstahaugs_welfare_technology_finds_the_safety_alarms_of_andoy_and_bergen_before_the_nursing_beds()
    {
        AddTrialNeeds();
        var alstahaug = Add("alstahaug-velferd", "1820", "Velferdsteknologi i hjemmetjenesten", "Digitalt tilsyn og sensorer for brukere som bor hjemme", "33196200-2");

        var similar = Similar(alstahaug, "1820");

        Assert.Contains("andoy-trygghet", similar);
        Assert.Contains("bergen-respons", similar);
        var beds = similar.ToList().IndexOf("pleiesenger");
        Assert.True(beds < 0 || beds > similar.ToList().IndexOf("andoy-trygghet"), string.Join(", ", similar));
        Assert.DoesNotContain(similar, id => id.StartsWith("filler-", StringComparison.Ordinal));
    }

    [Fact]
    public void Tromsos_winter_maintenance_meets_narviks_snow_clearing_across_cpv_divisions()
    {
        AddTrialNeeds();
        var tromso = Add("tromso-vinter", "5501", "Vintervedlikehold — brøyting og sandstrøing", "Brøyting og strøing av kommunale veier", "45233141-9");

        Assert.Equal("narvik-broyting", Similar(tromso, "5501").FirstOrDefault());
    }

    [Fact]
    public void Needs_the_caller_may_not_see_or_pool_and_its_own_are_never_returned_also_after_a_change()
    {
        const string Text = "Måleinstrumenter for vannkvalitet i drikkevannet";
        var asking = Add("asking", "1804", "Måleinstrumenter for vannkvalitet", Text, "38500000-0");
        Add("own", "1804", "Måleinstrumenter for vannkvalitet", Text, "38500000-0");
        Add("private", "4601", "Måleinstrumenter for vannkvalitet", Text, "38500000-0", NeedVisibility.Private);
        Add("closed", "5001", "Måleinstrumenter for vannkvalitet", Text, "38500000-0", open: false);
        Add("open", "1806", "Måleinstrumenter for vannkvalitet", Text, "38500000-0");
        Add("later-withdrawn", "3301", "Måleinstrumenter for vannkvalitet", Text, "38500000-0");
        Add("later-closed", "5501", "Måleinstrumenter for vannkvalitet", Text, "38500000-0");

        Assert.Equal(["later-closed", "later-withdrawn", "open"], Similar(asking, "1804").Order(StringComparer.Ordinal));
        // The private need's owner sees it; the asking municipality's own needs stay out for it too.
        Assert.Contains("private", Similar(asking, "4601"));

        // Changes after the filter was cached for the first segment: a withdrawal deletes, a closing re-adds unpoolable.
        _needs["later-withdrawn"] = _needs["later-withdrawn"] with { Stage = NeedStage.Withdrawn, UpdatedAt = Now.AddSeconds(5) };
        _index.Delete(SearchKind.Need, "later-withdrawn", Now.AddSeconds(5).UtcTicks);
        Add("later-closed", "5501", "Måleinstrumenter for vannkvalitet", Text, "38500000-0", open: false, version: 5);

        Assert.Equal(["open"], Similar(asking, "1804"));
    }

    [Fact]
    public void Comparing_kept_term_ids_gives_what_comparing_the_analysed_texts_gives()
    {
        AddTrialNeeds();
        var probeNeed = Add("alstahaug-velferd", "1820", "Velferdsteknologi i hjemmetjenesten", "Digitalt tilsyn og sensorer for brukere som bor hjemme", "33196200-2");
        var probe = _index.Probe(probeNeed.Title, probeNeed.Description);
        var idf = _index.Idf();

        foreach (var other in _needs.Values)
        {
            var expected = TextSimilarity.Of(SearchIndex.NeedText(probeNeed.Title, probeNeed.Description), SearchIndex.NeedText(other.Title, other.Description), idf);
            var actual = _index.TextSimilarity(probe, other.Id);
            Assert.Equal(expected.Similarity, actual.Similarity, 4);
            Assert.Equal(expected.Matched, actual.Matched);
        }
    }

    [Fact]
    public void The_candidate_query_uses_the_rarest_terms()
    {
        for (var i = 0; i < 30; i++) Add($"n{i}", i % 2 == 0 ? "1806" : "3301", $"Innkjøp nummer {i}", "Kontakt kommunen for innkjøpet", "30190000-7");
        var probe = _index.Probe("Snøskred ved fylkesveien",
            "Radar, sensorer, kamera og værstasjon som oppdager snøskred, steinsprang og flom ved fjellet. Kontakt kommunen.");

        Assert.Equal(SimilarityProbe.MaxQueryTerms, probe.QueryTerms.Count);
        Assert.Contains("snøskred", probe.QueryTerms);
        // In every need here, so the rarest ten leave it out; it still counts in the text similarity.
        Assert.DoesNotContain("kontakt", probe.QueryTerms);
        Assert.Contains("kontakt", probe.Terms);
    }
}
