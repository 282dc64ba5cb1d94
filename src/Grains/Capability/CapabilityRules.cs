using Samspill.Grains.Common;

namespace Samspill.Grains.Capability;

/// <summary>
/// Validation, history and visibility of capability self-assessments. A complete assessment scores every
/// dimension exactly once: partial assessments would make the per-dimension averages compare different sets of
/// municipalities, so they are refused rather than merged with an older one.
/// </summary>
public static class CapabilityRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>Assessments kept per municipality; older ones drop off so the stored state stays bounded.</summary>
    public const int HistoryLimit = 100;

    public static IReadOnlyList<CapabilityDimension> Dimensions { get; } = Enum.GetValues<CapabilityDimension>();

    public static CapabilityAssessmentRecord Validate(IReadOnlyList<CapabilityScore>? scores, DateTimeOffset now)
    {
        if (scores is null || scores.Count == 0)
            throw DomainException.Invalid("scores", $"Score all {Dimensions.Count} dimensions: {string.Join(", ", Dimensions.Select(Name))}.");
        foreach (var s in scores)
        {
            if (!Enum.IsDefined(s.Dimension))
                throw DomainException.Invalid("scores", $"{(int)s.Dimension} is not a capability dimension.");
            if (s.Score is < MinScore or > MaxScore)
                throw DomainException.Invalid("scores", $"The score for {Name(s.Dimension)} must be between {MinScore} and {MaxScore}, not {s.Score}.");
        }
        var repeated = scores.GroupBy(s => s.Dimension).Where(g => g.Count() > 1).Select(g => Name(g.Key)).ToList();
        if (repeated.Count > 0)
            throw DomainException.Invalid("scores", $"Score each dimension once; repeated: {string.Join(", ", repeated)}.");
        var missing = Dimensions.Except(scores.Select(s => s.Dimension)).Select(Name).ToList();
        if (missing.Count > 0)
            throw DomainException.Invalid("scores", $"Score every dimension; missing: {string.Join(", ", missing)}.");
        return new CapabilityAssessmentRecord(now, scores.OrderBy(s => s.Dimension).ToList());
    }

    /// <summary>Adds the assessment as the latest and drops the oldest beyond <see cref="HistoryLimit"/>.</summary>
    public static void Append(List<CapabilityAssessmentRecord> history, CapabilityAssessmentRecord assessment)
    {
        history.Add(assessment);
        if (history.Count > HistoryLimit) history.RemoveRange(0, history.Count - HistoryLimit);
    }

    /// <summary>A municipality's self-assessment is shown to its own users and to programme staff, to nobody else.</summary>
    public static bool CanSee(Caller caller, string municipality) => caller.IsProgramme || caller.IsMunicipality(municipality);

    /// <summary>The contract's spelling of a dimension (SCREAMING_SNAKE_CASE).</summary>
    public static string Name(CapabilityDimension dimension) => ContractNames.Of(dimension);
}
