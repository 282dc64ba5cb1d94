using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Checks on the procurement statistics a municipality reports.</summary>
public sealed class StatisticsRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static void Refused(int year, int total, int innovative, string field)
    {
        var ex = Assert.Throws<DomainException>(() => StatisticsRules.Validate(year, total, innovative, Now));
        Assert.Equal((ErrorCodes.ValidationFailed, field), (ex.Code, ex.Field));
    }

    [Fact]
    public void Valid_figures_are_returned_as_reported() =>
        Assert.Equal(new ProcurementStatisticsRecord(2024, 120, 7), StatisticsRules.Validate(2024, 120, 7, Now));

    [Fact]
    public void Years_run_from_2000_to_the_current_year()
    {
        Assert.NotNull(StatisticsRules.Validate(2000, 1, 0, Now));
        Assert.NotNull(StatisticsRules.Validate(2025, 1, 0, Now));
        Refused(1999, 1, 0, "year");
        Refused(2026, 1, 0, "year");
        // The bound moves with the clock that is passed in.
        Assert.NotNull(StatisticsRules.Validate(2026, 1, 0, Now.AddYears(1)));
    }

    [Fact]
    public void Totals_are_between_0_and_ten_million()
    {
        Assert.NotNull(StatisticsRules.Validate(2024, 0, 0, Now));
        Assert.NotNull(StatisticsRules.Validate(2024, StatisticsRules.MaxCount, 0, Now));
        Refused(2024, -1, 0, "total");
        Refused(2024, StatisticsRules.MaxCount + 1, 0, "total");
    }

    [Fact]
    public void Innovative_procurements_are_never_negative_nor_more_than_the_total()
    {
        Assert.NotNull(StatisticsRules.Validate(2024, 10, 10, Now));
        Refused(2024, 10, -1, "innovative");
        Refused(2024, 10, 11, "innovative");
        Refused(2024, 0, 1, "innovative");
    }
}
