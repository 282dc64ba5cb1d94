using Samspill.Grains.Common;

namespace Samspill.Grains.Municipalities;

/// <summary>Checks on reported procurement statistics.</summary>
public static class StatisticsRules
{
    public const int FirstYear = 2000;
    public const int MaxCount = 10_000_000;
    /// <summary>A ceiling far above any municipality's yearly spend (NOK 10 000 billion) that keeps sums from overflowing.</summary>
    public const long MaxValueNok = 10_000_000_000_000;

    /// <summary>
    /// The values in NOK are optional but come together: a share by value needs both, and a value without its
    /// counterpart would make the national sums mix municipalities that reported different things.
    /// </summary>
    public static ProcurementStatisticsRecord Validate(
        int year, int total, int innovative, DateTimeOffset now, long? totalValueNok = null, long? innovativeValueNok = null)
    {
        if (year < FirstYear || year > now.Year)
            throw DomainException.Invalid("year", $"year must be between {FirstYear} and {now.Year}.");
        if (total is < 0 or > MaxCount)
            throw DomainException.Invalid("total", $"total must be between 0 and {MaxCount}.");
        if (innovative < 0)
            throw DomainException.Invalid("innovative", "innovative must not be negative.");
        if (innovative > total)
            throw DomainException.Invalid("innovative", "innovative cannot be more than total.");
        if (totalValueNok is null != innovativeValueNok is null)
            throw DomainException.Invalid(totalValueNok is null ? "totalValueNok" : "innovativeValueNok",
                "totalValueNok and innovativeValueNok must be given together.");
        if (totalValueNok is < 0 or > MaxValueNok)
            throw DomainException.Invalid("totalValueNok", $"totalValueNok must be between 0 and {MaxValueNok}.");
        if (innovativeValueNok < 0)
            throw DomainException.Invalid("innovativeValueNok", "innovativeValueNok must not be negative.");
        if (innovativeValueNok > totalValueNok)
            throw DomainException.Invalid("innovativeValueNok", "innovativeValueNok cannot be more than totalValueNok.");
        return new ProcurementStatisticsRecord(year, total, innovative, totalValueNok, innovativeValueNok);
    }
}
