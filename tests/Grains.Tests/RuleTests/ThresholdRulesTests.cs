using Samspill.Grains.Consortia;
using Samspill.Grains.Needs;
using static Samspill.Grains.Tests.RuleTests.ConsortiumStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>AGGREGATED_VALUE: the threshold regime of the summed pooled value, at and around each threshold.</summary>
public sealed class ThresholdRulesTests
{
    private static readonly ThresholdOptions Defaults = new();

    private static ThresholdRegime Regime(params (long Value, ProcurementCategory Category)[] needs) =>
        ThresholdRules.Regime(needs.Select(n => Need("4601", n.Value, n.Category)).ToList(), Defaults);

    [Fact]
    public void The_default_thresholds_are_those_of_2024_to_2026()
    {
        Assert.Equal(1_300_000, Defaults.NationalNok);
        Assert.Equal(2_300_000, Defaults.EeaGoodsAndServicesNok);
        Assert.Equal(57_800_000, Defaults.EeaWorksNok);
    }

    [Fact]
    public void No_pooled_need_is_below_the_national_threshold()
    {
        Assert.Equal(ThresholdRegime.BelowNational, ThresholdRules.Regime([], Defaults));
        Assert.Equal(0, ThresholdRules.CombinedValue([]));
    }

    [Theory]
    [InlineData(ProcurementCategory.Goods)]
    [InlineData(ProcurementCategory.Services)]
    [InlineData(ProcurementCategory.Works)]
    public void Below_1_3_MNOK_is_below_the_national_threshold(ProcurementCategory category)
    {
        Assert.Equal(ThresholdRegime.BelowNational, Regime((1_299_999, category)));
        Assert.Equal(ThresholdRegime.BelowNational, Regime((0, category)));
    }

    [Theory]
    [InlineData(ProcurementCategory.Goods)]
    [InlineData(ProcurementCategory.Services)]
    [InlineData(ProcurementCategory.Works)]
    public void Exactly_1_3_MNOK_is_national(ProcurementCategory category) =>
        Assert.Equal(ThresholdRegime.National, Regime((1_300_000, category)));

    [Theory]
    [InlineData(ProcurementCategory.Goods)]
    [InlineData(ProcurementCategory.Services)]
    public void Goods_and_services_are_EEA_from_2_3_MNOK(ProcurementCategory category)
    {
        Assert.Equal(ThresholdRegime.National, Regime((2_299_999, category)));
        Assert.Equal(ThresholdRegime.Eea, Regime((2_300_000, category)));
    }

    [Fact]
    public void Works_stay_national_below_57_8_MNOK_and_are_EEA_from_it()
    {
        Assert.Equal(ThresholdRegime.National, Regime((2_300_000, ProcurementCategory.Works)));
        Assert.Equal(ThresholdRegime.National, Regime((57_799_999, ProcurementCategory.Works)));
        Assert.Equal(ThresholdRegime.Eea, Regime((57_800_000, ProcurementCategory.Works)));
    }

    [Fact]
    public void The_regime_follows_the_summed_value_of_all_pooled_needs()
    {
        // Each on its own is below the national threshold; together they cross the EEA one.
        Assert.Equal(ThresholdRegime.BelowNational, Regime((800_000, ProcurementCategory.Services)));
        Assert.Equal(ThresholdRegime.National, Regime((800_000, ProcurementCategory.Services), (500_000, ProcurementCategory.Services)));
        Assert.Equal(ThresholdRegime.Eea, Regime(
            (800_000, ProcurementCategory.Services), (800_000, ProcurementCategory.Goods), (700_000, ProcurementCategory.Services)));
    }

    [Fact]
    public void With_mixed_categories_the_category_carrying_most_of_the_value_picks_the_EEA_threshold()
    {
        // Mostly works: the works threshold applies to the whole.
        Assert.Equal(ThresholdRegime.National, Regime((50_000_000, ProcurementCategory.Works), (5_000_000, ProcurementCategory.Services)));
        Assert.Equal(ThresholdRegime.Eea, Regime((55_000_000, ProcurementCategory.Works), (3_000_000, ProcurementCategory.Goods)));
        // Mostly goods and services: the lower threshold applies to the whole, works included.
        Assert.Equal(ThresholdRegime.Eea, Regime((1_000_000, ProcurementCategory.Works), (1_500_000, ProcurementCategory.Services)));
        // Goods and services count together against works.
        Assert.Equal(ThresholdRegime.Eea, Regime(
            (2_000_000, ProcurementCategory.Works), (1_200_000, ProcurementCategory.Goods), (1_200_000, ProcurementCategory.Services)));
    }

    [Fact]
    public void A_tie_between_works_and_other_categories_takes_the_stricter_threshold()
    {
        Assert.Equal(ProcurementCategory.Services, ThresholdRules.MainCategory(
            [Need("4601", 2_000_000, ProcurementCategory.Works), Need("4601", 2_000_000, ProcurementCategory.Services)]));
        Assert.Equal(ThresholdRegime.Eea, Regime((2_000_000, ProcurementCategory.Works), (2_000_000, ProcurementCategory.Services)));
    }

    [Fact]
    public void The_main_category_is_works_only_when_works_carry_most_of_the_value()
    {
        Assert.Equal(ProcurementCategory.Works, ThresholdRules.MainCategory([Need("4601", 0, ProcurementCategory.Works)]));
        Assert.Equal(ProcurementCategory.Goods, ThresholdRules.MainCategory(
            [Need("4601", 300, ProcurementCategory.Goods), Need("4601", 200, ProcurementCategory.Services), Need("4601", 400, ProcurementCategory.Works)]));
        Assert.Equal(ProcurementCategory.Works, ThresholdRules.MainCategory(
            [Need("4601", 300, ProcurementCategory.Goods), Need("4601", 200, ProcurementCategory.Services), Need("4601", 600, ProcurementCategory.Works)]));
    }

    [Fact]
    public void The_thresholds_come_from_the_options()
    {
        var options = new ThresholdOptions { NationalNok = 100, EeaGoodsAndServicesNok = 1_000, EeaWorksNok = 10_000 };
        ThresholdRegime R(long value, ProcurementCategory category) => ThresholdRules.Regime([Need("4601", value, category)], options);

        Assert.Equal(ThresholdRegime.BelowNational, R(99, ProcurementCategory.Services));
        Assert.Equal(ThresholdRegime.National, R(100, ProcurementCategory.Services));
        Assert.Equal(ThresholdRegime.Eea, R(1_000, ProcurementCategory.Goods));
        Assert.Equal(ThresholdRegime.National, R(9_999, ProcurementCategory.Works));
        Assert.Equal(ThresholdRegime.Eea, R(10_000, ProcurementCategory.Works));
    }

    [Fact]
    public void Completing_a_pool_reports_the_new_combined_value()
    {
        var s = Forming();
        ConsortiumRules.CompletePool(s, Need(Lead, 1_000_000), Thresholds);
        var change = Assert.Single(ConsortiumRules.CompletePool(s, Need(Lead, 1_500_000), Thresholds));

        Assert.Equal(2_500_000, ThresholdRules.CombinedValue(s.PooledNeeds));
        Assert.Equal(2_500_000L, change.Data.GetType().GetProperty("combinedEstimatedValueNok")!.GetValue(change.Data));
    }
}
