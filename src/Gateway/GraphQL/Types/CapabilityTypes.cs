using Samspill.Grains.Capability;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Programme;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>CapabilityDimension.</summary>
public sealed class CapabilityDimensionEnum : EnumerationGraphType<CapabilityDimension>
{
    public CapabilityDimensionEnum() => Name = "CapabilityDimension";
}

/// <summary>CapabilityScore.</summary>
public sealed class CapabilityScoreType : ObjectGraphType<CapabilityScoreView>
{
    public CapabilityScoreType()
    {
        Name = "CapabilityScore";
        Field<NonNullGraphType<CapabilityDimensionEnum>>("dimension").Resolve(c => c.Source.Dimension);
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(c => c.Source.Score);
    }
}

/// <summary>CapabilityAssessment.</summary>
public sealed class CapabilityAssessmentType : ObjectGraphType<CapabilityAssessmentView>
{
    public CapabilityAssessmentType()
    {
        Name = "CapabilityAssessment";
        Field<NonNullGraphType<DateTimeGraphType>>("submittedAt").Resolve(c => c.Source.SubmittedAt.Utc());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityScoreType>>>>("scores").Resolve(c => c.Source.Scores);
        Field<NonNullGraphType<FloatGraphType>>("average").Resolve(c => c.Source.Average);
    }
}

/// <summary>CapabilityAverage.</summary>
public sealed class CapabilityAverageType : ObjectGraphType<CapabilityAverage>
{
    public CapabilityAverageType()
    {
        Name = "CapabilityAverage";
        Field<NonNullGraphType<CapabilityDimensionEnum>>("dimension").Resolve(c => c.Source.Dimension);
        Field<NonNullGraphType<FloatGraphType>>("average").Resolve(c => c.Source.Average);
        Field<NonNullGraphType<IntGraphType>>("responses").Resolve(c => c.Source.Responses);
    }
}

/// <summary>One score of submitCapabilityAssessment, as GraphQL.NET binds it.</summary>
public sealed class CapabilityScoreInput
{
    public CapabilityDimension Dimension { get; set; }
    public int Score { get; set; }
}

/// <summary>CapabilityScoreInput.</summary>
public sealed class CapabilityScoreInputType : InputObjectGraphType<CapabilityScoreInput>
{
    public CapabilityScoreInputType()
    {
        Name = "CapabilityScoreInput";
        Field<NonNullGraphType<CapabilityDimensionEnum>>("dimension");
        Field<NonNullGraphType<IntGraphType>>("score");
    }
}

/// <summary>Input of submitCapabilityAssessment.</summary>
public sealed class CapabilityAssessmentInput
{
    public List<CapabilityScoreInput>? Scores { get; set; }
}

/// <summary>CapabilityAssessmentInput.</summary>
public sealed class CapabilityAssessmentInputType : InputObjectGraphType<CapabilityAssessmentInput>
{
    public CapabilityAssessmentInputType()
    {
        Name = "CapabilityAssessmentInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityScoreInputType>>>>("scores");
    }
}

/// <summary>The capability fields of Municipality: shown to the municipality itself and programme staff, null/empty to others.</summary>
public static class MunicipalityCapabilityFields
{
    public static void AddCapabilityFields(this ObjectGraphType<MunicipalityInfo> municipality)
    {
        municipality.Field<CapabilityAssessmentType>("capability")
            .Description("The latest capability self-assessment. The municipality itself and programme staff only; null for others.")
            .ResolveAsync(async c => CapabilityAssessmentView.FromOrNull(await c.Grains().GetGrain<IMunicipalityGrain>(c.Source.Number).GetCapability()));
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityAssessmentType>>>>("capabilityHistory")
            .Description("Every kept self-assessment, newest first. The municipality itself and programme staff only; empty for others.")
            .ResolveAsync(async c => (await c.Grains().GetGrain<IMunicipalityGrain>(c.Source.Number).GetCapabilityHistory()).Select(CapabilityAssessmentView.From).ToList());
    }
}
