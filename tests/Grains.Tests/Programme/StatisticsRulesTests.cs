using Samspill.Grains.Common;
using Samspill.Grains.Municipalities;

namespace Samspill.Grains.Tests.Programme;

public sealed class StatisticsRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2000)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Years_from_2000_to_the_current_year_are_accepted(int year) =>
        Assert.Equal(new ProcurementStatisticsRecord(year, 10, 1), StatisticsRules.Validate(year, 10, 1, Now));

    [Theory]
    [InlineData(1999)]
    [InlineData(2027)]
    [InlineData(0)]
    [InlineData(-2025)]
    public void Years_outside_the_range_are_refused(int year) => AssertRefused("year", () => StatisticsRules.Validate(year, 10, 1, Now));

    [Fact]
    public void Innovative_cannot_exceed_total() => AssertRefused("innovative", () => StatisticsRules.Validate(2025, 10, 11, Now));

    [Fact]
    public void Innovative_equal_to_total_and_zero_of_zero_are_accepted()
    {
        Assert.Equal(10, StatisticsRules.Validate(2025, 10, 10, Now).Innovative);
        Assert.Equal(0, StatisticsRules.Validate(2025, 0, 0, Now).Total);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        AssertRefused("total", () => StatisticsRules.Validate(2025, -1, 0, Now));
        AssertRefused("innovative", () => StatisticsRules.Validate(2025, 10, -1, Now));
    }

    [Fact]
    public void Absurd_totals_are_refused() =>
        AssertRefused("total", () => StatisticsRules.Validate(2025, StatisticsRules.MaxCount + 1, 0, Now));

    private static void AssertRefused(string field, Action act)
    {
        var ex = Assert.Throws<DomainException>(act);
        Assert.Equal(ErrorCodes.ValidationFailed, ex.Code);
        Assert.Equal(field, ex.Field);
    }
}
