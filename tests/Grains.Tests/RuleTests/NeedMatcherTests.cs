using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>How needs are scored against each other for partner suggestions.</summary>
public sealed class NeedMatcherTests
{
    private static readonly MunicipalityInfo Own = new("1811", "Bindal", "18", 1_400, 6, true);
    private static readonly MunicipalityInfo Neighbour = new("1812", "Sømna", "18", 2_000, 6, true);
    private static readonly MunicipalityInfo City = new("4601", "Bergen", "46", 291_000, 1, false);

    private static readonly DateOnly Jan = new(2026, 1, 1);

    private static NeedRecord Need(string municipality, string cpv, DateOnly? from = null, DateOnly? to = null, string title = "Need") => new()
    {
        Id = $"{municipality}-{Guid.NewGuid():N}"[..21], Municipality = municipality, Title = title, Description = "",
        Cpv = [cpv], NeededFrom = from, NeededTo = to, OpenToCollaboration = true, Stage = NeedStage.Identified,
    };

    private static readonly NeedRecord Mine = Need(Own.Number, "48211000-0", Jan, Jan.AddDays(364), "Digital tilsyn");

    // ---- who is a candidate ----

    [Fact]
    public void A_need_never_matches_itself()
    {
        Assert.False(NeedMatcher.IsCandidate(Mine, Mine));
        Assert.Null(NeedMatcher.Score(Mine, Mine, Own, Own));
        // Not even a copy of it that claims to come from elsewhere.
        Assert.Null(NeedMatcher.Score(Mine, Mine with { Municipality = Neighbour.Number }, Own, Neighbour));
    }

    [Fact]
    public void Needs_of_the_same_municipality_are_not_candidates() =>
        Assert.Null(NeedMatcher.Score(Mine, Need(Own.Number, "48211000-0", Jan, Jan.AddDays(364)), Own, Own));

    [Fact]
    public void Withdrawn_pooled_and_closed_needs_are_not_candidates()
    {
        var other = Need(Neighbour.Number, "48211000-0", Jan, Jan.AddDays(364));
        Assert.NotNull(NeedMatcher.Score(Mine, other, Own, Neighbour));

        Assert.Null(NeedMatcher.Score(Mine, other with { Stage = NeedStage.Withdrawn }, Own, Neighbour));
        Assert.Null(NeedMatcher.Score(Mine, other with { Stage = NeedStage.InConsortium, ConsortiumId = "c-1" }, Own, Neighbour));
        Assert.Null(NeedMatcher.Score(Mine, other with { OpenToCollaboration = false }, Own, Neighbour));
    }

    [Fact]
    public void Needs_without_a_shared_CPV_division_are_not_candidates() =>
        Assert.Null(NeedMatcher.Score(Mine, Need(Neighbour.Number, "72000000-5", Jan, Jan.AddDays(364)), Own, Neighbour));

    // ---- CPV depth ----

    [Fact]
    public void The_same_class_beats_the_same_division()
    {
        var sameClass = NeedMatcher.Score(Mine, Need(City.Number, "48212000-7"), Own, City)!;
        var sameDivision = NeedMatcher.Score(Mine, Need(City.Number, "48311000-1"), Own, City)!;
        var sameCode = NeedMatcher.Score(Mine, Need(City.Number, "48211000-0"), Own, City)!;

        Assert.True(sameCode.Score > sameClass.Score);
        Assert.True(sameClass.Score > sameDivision.Score);
        Assert.True(sameDivision.Score > 0);
    }

    [Fact]
    public void CPV_overlap_is_the_shared_depth_relative_to_the_deeper_code()
    {
        Assert.Equal(1.0, NeedMatcher.CpvOverlap(Mine, Need(City.Number, "48211000-0")));
        Assert.Equal(4.0 / 5, NeedMatcher.CpvOverlap(Mine, Need(City.Number, "48212000-7")));
        Assert.Equal(2.0 / 5, NeedMatcher.CpvOverlap(Mine, Need(City.Number, "48311000-1")));
        // An ancestor shares all of its own digits: following a division follows its subtree.
        Assert.Equal(2.0 / 5, NeedMatcher.CpvOverlap(Mine, Need(City.Number, "48000000-8")));
        Assert.Equal(0, NeedMatcher.CpvOverlap(Mine, Need(City.Number, "72000000-5")));
    }

    [Fact]
    public void The_best_pair_of_codes_counts()
    {
        var several = Need(City.Number, "72000000-5") with { Cpv = ["72000000-5", "48311000-1", "48212000-7"] };
        Assert.Equal(4.0 / 5, NeedMatcher.CpvOverlap(Mine, several));
    }

    // ---- time windows ----

    [Fact]
    public void Overlapping_time_windows_beat_disjoint_ones()
    {
        var overlapping = NeedMatcher.Score(Mine, Need(City.Number, "48211000-0", Jan.AddDays(100), Jan.AddDays(500)), Own, City)!;
        var disjoint = NeedMatcher.Score(Mine, Need(City.Number, "48211000-0", Jan.AddDays(400), Jan.AddDays(800)), Own, City)!;

        Assert.True(overlapping.Score > disjoint.Score);
        Assert.Contains(MatchReason.TimelineOverlap, overlapping.Reasons);
        Assert.DoesNotContain(MatchReason.TimelineOverlap, disjoint.Reasons);
    }

    [Fact]
    public void Time_overlap_is_measured_against_the_shorter_window()
    {
        // Ten days inside a year-long window overlap completely.
        Assert.Equal(1.0, NeedMatcher.TimelineOverlap(Mine, Need(City.Number, "48211000-0", Jan.AddDays(10), Jan.AddDays(19))));
        // Five of ten days overlap.
        Assert.Equal(0.5, NeedMatcher.TimelineOverlap(Mine, Need(City.Number, "48211000-0", Jan.AddDays(360), Jan.AddDays(369))));
        // Touching on one day.
        Assert.Equal(0.1, NeedMatcher.TimelineOverlap(Mine, Need(City.Number, "48211000-0", Jan.AddDays(364), Jan.AddDays(373))), 10);
        Assert.Equal(0, NeedMatcher.TimelineOverlap(Mine, Need(City.Number, "48211000-0", Jan.AddDays(365), Jan.AddDays(374))));
    }

    [Fact]
    public void An_unknown_time_window_adds_nothing()
    {
        Assert.Equal(0, NeedMatcher.TimelineOverlap(Mine, Need(City.Number, "48211000-0")));
        Assert.Equal(0, NeedMatcher.TimelineOverlap(Mine, Need(City.Number, "48211000-0", Jan, null)));
    }

    // ---- reasons ----

    [Fact]
    public void Reasons_are_listed_strongest_first()
    {
        var match = NeedMatcher.Score(Mine, Need(Neighbour.Number, "48211000-0", Jan, Jan.AddDays(364), "Digital tilsyn"), Own, Neighbour)!;

        Assert.Equal(MatchReason.CpvOverlap, match.Reasons[0]);
        Assert.Equal(MatchReason.TimelineOverlap, match.Reasons[1]);
        Assert.Equal(MatchReason.TextSimilarity, match.Reasons[2]);
        Assert.Contains(MatchReason.SameCounty, match.Reasons);
        Assert.Contains(MatchReason.BothSmallDistrict, match.Reasons);
        Assert.InRange(match.Score, NeedMatcher.SuggestionThreshold, 1);
    }

    [Fact]
    public void A_full_time_overlap_can_outrank_a_shallow_CPV_overlap()
    {
        // Codes six digits deep sharing only their division: 2/6 of the CPV weight is less than the whole time weight.
        var mine = Need(Own.Number, "48219100-7", Jan, Jan.AddDays(364));
        var match = NeedMatcher.Score(mine, Need(City.Number, "48311100-2", Jan, Jan.AddDays(364)), Own, City)!;
        Assert.Equal([MatchReason.TimelineOverlap, MatchReason.CpvOverlap], match.Reasons.Take(2));
    }

    [Fact]
    public void Reasons_that_do_not_apply_are_left_out()
    {
        var match = NeedMatcher.Score(Mine, Need(City.Number, "48311000-1", title: "Snow clearing"), Own, City)!;
        Assert.Equal([MatchReason.CpvOverlap], match.Reasons);
    }

    [Fact]
    public void Scores_lie_between_0_and_1()
    {
        var best = NeedMatcher.Score(Mine, Mine with { Id = $"{Neighbour.Number}-ffffffffffffffff", Municipality = Neighbour.Number }, Own, Own)!;
        Assert.InRange(best.Score, 0.9, 1.0);
    }
}
