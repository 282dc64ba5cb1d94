using Samspill.Grains.Capability;
using Samspill.Grains.Common;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

public sealed class CapabilityRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static List<CapabilityScore> Complete(int score = 3) =>
        CapabilityRules.Dimensions.Select(d => new CapabilityScore(d, score)).ToList();

    [Fact]
    public void A_complete_assessment_is_kept_in_dimension_order_with_its_average()
    {
        var scores = Complete().Select((s, i) => s with { Score = i % 5 + 1 }).Reverse().ToList();
        var assessment = CapabilityRules.Validate(scores, Now);
        Assert.Equal(CapabilityRules.Dimensions, assessment.Scores.Select(s => s.Dimension));
        Assert.Equal(Now, assessment.SubmittedAt);
        Assert.Equal((1 + 2 + 3 + 4 + 5 + 1 + 2) / 7.0, assessment.Average, 10);
        Assert.Equal(4, assessment.ScoreOf(CapabilityDimension.InternalCollaboration));
    }

    [Fact]
    public void The_contract_spells_seven_dimensions()
    {
        Assert.Equal(
            ["LEADERSHIP_ANCHORING", "STRATEGY", "COMPETENCE", "INTERNAL_COLLABORATION", "SUPPLIER_DIALOGUE", "INTERMUNICIPAL_COLLABORATION", "BENEFIT_REALISATION"],
            CapabilityRules.Dimensions.Select(CapabilityRules.Name));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(-3, false)]
    public void Scores_run_from_1_to_5(int score, bool valid)
    {
        var scores = Complete();
        scores[2] = scores[2] with { Score = score };
        if (valid) Assert.Equal(score, CapabilityRules.Validate(scores, Now).Scores[2].Score);
        else AssertRefused(scores);
    }

    [Fact]
    public void A_missing_dimension_is_refused() => AssertRefused(Complete().Skip(1).ToList());

    [Fact]
    public void A_repeated_dimension_is_refused()
    {
        var scores = Complete();
        scores[6] = scores[6] with { Dimension = CapabilityDimension.Strategy };
        AssertRefused(scores);
    }

    [Fact]
    public void An_extra_repeat_beside_all_seven_is_refused() =>
        AssertRefused([.. Complete(), new CapabilityScore(CapabilityDimension.Competence, 4)]);

    [Fact]
    public void An_empty_or_absent_list_is_refused()
    {
        AssertRefused([]);
        AssertRefused(null);
    }

    [Fact]
    public void An_unknown_dimension_is_refused()
    {
        var scores = Complete();
        scores[0] = scores[0] with { Dimension = (CapabilityDimension)42 };
        AssertRefused(scores);
    }

    [Fact]
    public void History_keeps_the_latest_up_to_its_limit()
    {
        var history = new List<CapabilityAssessmentRecord>();
        for (var i = 0; i < CapabilityRules.HistoryLimit + 5; i++)
            CapabilityRules.Append(history, new CapabilityAssessmentRecord(Now.AddDays(i), Complete()));
        Assert.Equal(CapabilityRules.HistoryLimit, history.Count);
        Assert.Equal(Now.AddDays(5), history[0].SubmittedAt);
        Assert.Equal(Now.AddDays(CapabilityRules.HistoryLimit + 4), history[^1].SubmittedAt);
    }

    [Fact]
    public void Only_the_municipality_itself_and_programme_staff_see_an_assessment()
    {
        Assert.True(CapabilityRules.CanSee(Callers.Municipality("1874"), "1874"));
        Assert.True(CapabilityRules.CanSee(Callers.Programme, "1874"));
        Assert.False(CapabilityRules.CanSee(Callers.Municipality("1856"), "1874"));
        Assert.False(CapabilityRules.CanSee(Callers.Supplier("923609016"), "1874"));
        Assert.False(CapabilityRules.CanSee(Callers.Anonymous, "1874"));
    }

    private static void AssertRefused(List<CapabilityScore>? scores)
    {
        var ex = Assert.Throws<DomainException>(() => CapabilityRules.Validate(scores, Now));
        Assert.Equal(ErrorCodes.ValidationFailed, ex.Code);
        Assert.Equal("scores", ex.Field);
    }
}
