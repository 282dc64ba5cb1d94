using Samspill.Grains.Matching;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Which copy of a need the county index keeps, and how it is cut.</summary>
public sealed class NeedIndexRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private static NeedRecord Need(DateTimeOffset updated, NeedStage stage = NeedStage.Identified, string description = "d") => new()
    {
        Id = "1804-a", Municipality = "1804", Title = "t", Description = description, Cpv = ["72000000-5"],
        Category = ProcurementCategory.Services, Stage = stage, CreatedAt = At, UpdatedAt = updated,
    };

    [Fact]
    public void A_first_or_later_copy_replaces_and_a_repeat_does_not()
    {
        Assert.True(NeedIndexRules.IsNewer(null, Need(At)));
        Assert.True(NeedIndexRules.IsNewer(Need(At), Need(At.AddSeconds(1))));
        Assert.False(NeedIndexRules.IsNewer(Need(At), Need(At)));
        Assert.False(NeedIndexRules.IsNewer(Need(At.AddSeconds(1)), Need(At)));
    }

    [Fact]
    public void A_copy_in_another_stage_replaces_whatever_its_time() =>
        Assert.True(NeedIndexRules.IsNewer(Need(At.AddSeconds(1)), Need(At, NeedStage.Withdrawn)));

    [Fact]
    public void Long_descriptions_are_cut_and_short_ones_kept_as_they_are()
    {
        var shortNeed = Need(At);
        Assert.Same(shortNeed, NeedIndexRules.Trimmed(shortNeed));
        var trimmed = NeedIndexRules.Trimmed(Need(At, description: new string('x', NeedIndexRules.DescriptionInIndex + 5)));
        Assert.Equal(NeedIndexRules.DescriptionInIndex, trimmed.Description.Length);
    }
}
