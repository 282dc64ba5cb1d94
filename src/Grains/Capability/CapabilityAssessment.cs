namespace Samspill.Grains.Capability;

/// <summary>
/// The dimensions of innovative procurement capability a municipality rates itself on (the FORAN research model).
/// </summary>
public enum CapabilityDimension
{
    LeadershipAnchoring,
    Strategy,
    Competence,
    InternalCollaboration,
    SupplierDialogue,
    IntermunicipalCollaboration,
    BenefitRealisation,
}

/// <summary>A self-rating on one dimension, 1 (weak) to 5 (strong).</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CapabilityScore")]
public sealed record CapabilityScore(
    [property: Id(0)] CapabilityDimension Dimension,
    [property: Id(1)] int Score);

/// <summary>One submitted self-assessment: a score on every dimension, in dimension order.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.CapabilityAssessment")]
public sealed record CapabilityAssessmentRecord(
    [property: Id(0)] DateTimeOffset SubmittedAt,
    [property: Id(1)] IReadOnlyList<CapabilityScore> Scores)
{
    /// <summary>The mean of the scores.</summary>
    public double Average => Scores.Count == 0 ? 0 : Scores.Average(s => s.Score);

    public int? ScoreOf(CapabilityDimension dimension) => Scores.FirstOrDefault(s => s.Dimension == dimension)?.Score;
}
