using Samspill.Grains.Common;

namespace Samspill.Grains.Municipalities;

/// <summary>Checks on reported procurement statistics.</summary>
public static class StatisticsRules
{
    public const int FirstYear = 2000;
    public const int MaxCount = 10_000_000;

    public static ProcurementStatisticsRecord Validate(int year, int total, int innovative, DateTimeOffset now)
    {
        if (year < FirstYear || year > now.Year)
            throw DomainException.Invalid("year", $"year must be between {FirstYear} and {now.Year}.");
        if (total is < 0 or > MaxCount)
            throw DomainException.Invalid("total", $"total must be between 0 and {MaxCount}.");
        if (innovative < 0)
            throw DomainException.Invalid("innovative", "innovative must not be negative.");
        if (innovative > total)
            throw DomainException.Invalid("innovative", "innovative cannot be more than total.");
        return new ProcurementStatisticsRecord(year, total, innovative);
    }

    /// <summary>
    /// Self-reported figures, not checked by anyone: the municipality itself and programme staff see them (staff
    /// publish only aggregates, such as the overview's innovative share); other callers see none.
    /// </summary>
    public static bool CanSee(Caller caller, string municipality) => caller.IsProgramme || caller.IsMunicipality(municipality);
}
