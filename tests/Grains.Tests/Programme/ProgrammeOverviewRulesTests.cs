using Samspill.Grains.Capability;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Programme;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.Programme;

public sealed class ProgrammeOverviewRulesTests
{
    private static readonly ReferenceCatalog Catalog = new(new ReferenceDataOptions());

    [Fact]
    public void An_empty_programme_counts_every_municipality_and_nothing_else()
    {
        var o = ProgrammeOverviewRules.Compute(new ProgrammeReports(), Catalog);
        Assert.Equal(357, o.MunicipalityCount);
        Assert.Equal(Catalog.Municipalities.Count(m => m.SmallDistrict), o.SmallDistrictMunicipalities);
        Assert.Equal(0, o.ActiveMunicipalities);
        Assert.Equal(0, o.NeedCount);
        Assert.Null(o.InnovativeShare);
        Assert.Equal(8, o.ConsortiaByPhase.Count);
        Assert.All(o.ConsortiaByPhase, p => Assert.Equal(0, p.Count));
        Assert.Equal(15, o.ByCounty.Count);
        Assert.Equal(7, o.CapabilityAverages.Count);
        Assert.All(o.CapabilityAverages, a => Assert.Equal((0.0, 0), (a.Average, a.Responses)));
    }

    [Fact]
    public void Innovative_share_is_taken_from_the_latest_year_with_procurements()
    {
        var s = new ProgrammeReports();
        Report(s, "1874", stats: [new(2024, 100, 2), new(2025, 50, 5)]);
        Report(s, "1856", stats: [new(2025, 150, 15), new(2026, 0, 0)]);
        var o = ProgrammeOverviewRules.Compute(s, Catalog);
        Assert.Equal(2025, o.InnovativeShareYear);
        Assert.Equal(20.0 / 200, o.InnovativeShare!.Value, 10);
    }

    [Fact]
    public void A_municipality_is_active_with_a_published_need_or_a_running_membership_only()
    {
        var s = new ProgrammeReports();
        Report(s, "1874", needs: 1);
        Report(s, "1856", memberships: 1);
        Report(s, "0301", stats: [new(2025, 10, 1)]); // statistics alone are not activity
        var o = ProgrammeOverviewRules.Compute(s, Catalog);
        Assert.Equal(2, o.ActiveMunicipalities);
        Assert.Equal(2, o.ActiveSmallDistrictMunicipalities);
        Assert.Equal(1, o.NeedCount);
        var nordland = o.ByCounty.Single(c => c.County == "18");
        Assert.Equal((2, 1), (nordland.ActiveMunicipalities, nordland.Needs));
    }

    [Fact]
    public void County_consortia_count_running_consortia_once_per_county_of_a_joined_member()
    {
        var s = new ProgrammeReports();
        s.Consortia["a"] = new ConsortiumActivity("a", ConsortiumPhase.MarketDialogue, "1874", ["1874", "1856", "5001"], 3);
        s.Consortia["b"] = new ConsortiumActivity("b", ConsortiumPhase.Cancelled, "1874", ["1874", "5001"], 5);
        s.Consortia["c"] = new ConsortiumActivity("c", ConsortiumPhase.Completed, "0301", ["0301"], 9);
        var o = ProgrammeOverviewRules.Compute(s, Catalog);
        Assert.Equal(1, o.ByCounty.Single(c => c.County == "18").Consortia);
        Assert.Equal(1, o.ByCounty.Single(c => c.County == "50").Consortia);
        Assert.Equal(0, o.ByCounty.Single(c => c.County == "03").Consortia);
        Assert.Equal(1, o.ConsortiaByPhase.Single(p => p.Phase == ConsortiumPhase.Cancelled).Count);
        Assert.Equal(1, o.ConsortiaByPhase.Single(p => p.Phase == ConsortiumPhase.Completed).Count);
    }

    [Fact]
    public void Capability_averages_use_each_municipality_latest_scores()
    {
        var s = new ProgrammeReports();
        Report(s, "1874", capability: Scores(2));
        Report(s, "1856", capability: Scores(5));
        Report(s, "0301");
        var o = ProgrammeOverviewRules.Compute(s, Catalog);
        Assert.All(o.CapabilityAverages, a => Assert.Equal((3.5, 2), (a.Average, a.Responses)));
        Assert.Equal(CapabilityRules.Dimensions, o.CapabilityAverages.Select(a => a.Dimension));
    }

    [Fact]
    public void Cancelled_dialogue_events_and_their_registrations_do_not_count()
    {
        var s = new ProgrammeReports();
        s.DialogueEvents["e1"] = new DialogueEventActivity("e1", "a", false, 4, 2);
        s.DialogueEvents["e2"] = new DialogueEventActivity("e2", "a", true, 7, 3);
        var o = ProgrammeOverviewRules.Compute(s, Catalog);
        Assert.Equal((1, 4), (o.DialogueEventsAnnounced, o.SupplierRegistrations));
    }

    [Fact]
    public void Reports_compare_by_content_lists_included()
    {
        var a = new MunicipalityActivity("1874", 1, 0, [new(2025, 10, 1)], Scores(3));
        Assert.True(a.SameAs(new MunicipalityActivity("1874", 1, 0, [new(2025, 10, 1)], Scores(3))));
        Assert.False(a.SameAs(a with { Statistics = [new(2025, 10, 2)] }));
        Assert.False(a.SameAs(a with { Capability = Scores(4) }));
        Assert.False(a.SameAs(a with { Capability = null }));
        Assert.False(a.SameAs(a with { PublishedNeeds = 0 }));
    }

    [Fact]
    public void A_municipality_reports_its_latest_years_with_procurements_and_its_latest_assessment()
    {
        var state = new MunicipalityState();
        for (var year = 2015; year <= 2025; year++) state.Statistics[year] = new(year, year == 2025 ? 0 : 10, 1);
        state.CapabilityHistory.Add(new CapabilityAssessmentRecord(DateTimeOffset.UnixEpoch, Scores(1)));
        state.CapabilityHistory.Add(new CapabilityAssessmentRecord(DateTimeOffset.UnixEpoch.AddDays(1), Scores(4)));
        var report = MunicipalityActivity.Of("1874", state, state.Needs);
        Assert.Equal([2020, 2021, 2022, 2023, 2024], report.Statistics!.Select(r => r.Year));
        Assert.All(report.Capability!, c => Assert.Equal(4, c.Score));
        Assert.False(report.IsActive);
    }

    private static List<CapabilityScore> Scores(int score) => CapabilityRulesTests.Complete(score);

    private static void Report(ProgrammeReports s, string number, int needs = 0, int memberships = 0,
        List<ProcurementStatisticsRecord>? stats = null, List<CapabilityScore>? capability = null) =>
        s.Municipalities[number] = new MunicipalityActivity(number, needs, memberships, stats ?? [], capability);
}

public sealed class ProgrammeOverviewCapacityTests
{
    /// <summary>The grain storage serializer refuses states above this many bytes of stored JSON.</summary>
    private const int MaxStoredBytes = Samspill.Grains.GrainStateJson.MaxBytes;

    /// <summary>
    /// Every municipality active with five years of statistics and an assessment, 1,000 consortia and 500 dialogue
    /// events, all in one county's stored state: more than any one county grain holds, so the capacity
    /// docs/programme.md promises holds for each of them.
    /// </summary>
    [Fact]
    public void A_busy_national_programme_fits_in_one_county_stored_state()
    {
        var catalog = new ReferenceCatalog(new ReferenceDataOptions());
        var s = new ProgrammeCountyState();
        foreach (var m in catalog.Municipalities)
            s.Municipalities[m.Number] = new MunicipalityActivity(m.Number, 25, 6,
                Enumerable.Range(2021, MunicipalityActivity.ReportedYears).Select(y => new ProcurementStatisticsRecord(y, 1_000_000, 99_999)).ToList(),
                CapabilityRulesTests.Complete(3));
        for (var i = 0; i < 1000; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            s.Consortia[id] = new ConsortiumActivity(id, ConsortiumPhase.MarketDialogue, catalog.Municipalities[i % 357].Number,
                Enumerable.Range(0, 4).Select(k => catalog.Municipalities[(i + k * 31) % 357].Number).ToList(), 1000 + i);
        }
        for (var i = 0; i < 500; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            s.DialogueEvents[id] = new DialogueEventActivity(id, s.Consortia.Keys.First(), false, 40, 100 + i);
        }

        // Measured in the stored form itself: the options grain storage writes with.
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(s, Samspill.Grains.GrainStateJson.Options);
        Assert.True(json.Length < MaxStoredBytes, $"{json.Length} bytes");

        var overview = ProgrammeOverviewRules.Compute(
            new ProgrammeReports { Municipalities = s.Municipalities, Consortia = s.Consortia, DialogueEvents = s.DialogueEvents }, catalog);
        Assert.Equal(357, overview.ActiveMunicipalities);
        Assert.Equal(1000, overview.ConsortiaByPhase.Single(p => p.Phase == ConsortiumPhase.MarketDialogue).Count);
        Assert.Equal((500, 500 * 40), (overview.DialogueEventsAnnounced, overview.SupplierRegistrations));
    }
}
