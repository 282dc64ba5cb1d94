using Samspill.Grains.Capability;
using Samspill.Grains.Municipalities;

namespace Samspill.Gateway.GraphQL.Views;

/// <summary>A year's reported procurement figures as the API shows them (from the stored <see cref="ProcurementStatisticsRecord"/>).</summary>
public sealed record ProcurementStatisticsView(int Year, int Total, int Innovative, long? TotalValueNok, long? InnovativeValueNok)
{
    public static ProcurementStatisticsView From(ProcurementStatisticsRecord s) => new(s.Year, s.Total, s.Innovative, s.TotalValueNok, s.InnovativeValueNok);
}

/// <summary>A capability self-assessment as the API shows it (from the stored <see cref="CapabilityAssessmentRecord"/>).</summary>
public sealed record CapabilityAssessmentView(DateTimeOffset SubmittedAt, IReadOnlyList<CapabilityScoreView> Scores, double Average)
{
    public static CapabilityAssessmentView From(CapabilityAssessmentRecord a) =>
        new(a.SubmittedAt, a.Scores.Select(s => new CapabilityScoreView(s.Dimension, s.Score)).ToList(), a.Average);

    public static CapabilityAssessmentView? FromOrNull(CapabilityAssessmentRecord? a) => a is null ? null : From(a);
}

/// <summary>One score of a capability self-assessment as the API shows it.</summary>
public sealed record CapabilityScoreView(CapabilityDimension Dimension, int Score);
