using Samspill.Grains.Capability;
using Samspill.Grains.Municipalities;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>submitCapabilityAssessment: a municipality user rates the municipality in the token.</summary>
public sealed class CapabilityMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CapabilityAssessmentType>>("submitCapabilityAssessment")
            .Description("Scores every capability dimension once, 1 to 5, for the caller's municipality.")
            .Argument<NonNullGraphType<CapabilityAssessmentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var number = c.OwnMunicipality();
                var input = c.GetArgument<CapabilityAssessmentInput>("input");
                var scores = (input.Scores ?? []).Select(s => new CapabilityScore(s.Dimension, s.Score)).ToList();
                return CapabilityAssessmentView.From(await c.Grains().GetGrain<IMunicipalityGrain>(number).SubmitCapabilityAssessment(scores));
            });
    }
}
