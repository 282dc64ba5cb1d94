using Samspill.Grains.Cases;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Growing the case library, and dismissing partner suggestions.</summary>
public sealed class CaseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CaseImportResultType>>("importCases")
            .Description("Programme staff: cases in the format of cases.csv. All of the file is imported, or none and the errors by line and column.")
            .Argument<NonNullGraphType<StringGraphType>>("csv")
            .ResolveAsync(async c => await c.Grains().GetGrain<ICaseLibraryGrain>(0).Import(c.GetArgument<string>("csv")));

        mutation.Field<NonNullGraphType<CaseType>>("publishConsortiumAsCase")
            .Description("The lead publishes its consortium (CONTRACT or later) as a case; absent fields keep caseDraft's. Again: updates it.")
            .Argument<NonNullGraphType<IdGraphType>>("consortiumId")
            .Argument<PublishCaseInputType>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PublishCaseInput>("input") ?? new PublishCaseInput();
                return CaseView.From(await c.Grains().GetGrain<ICaseLibraryGrain>(0).PublishFromConsortium(c.GetArgument<string>("consortiumId"), new PublishCaseCommand
                {
                    Title = input.Title, Summary = input.Summary, Outcome = input.Outcome, Lessons = input.Lessons,
                    Procedure = input.Procedure, Domain = input.Domain, SourceUrl = input.SourceUrl,
                }));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("dismissPartnerSuggestion")
            .Description("The caller's municipality no longer wants matchedNeedId pushed as a partner for its need needId.")
            .Argument<NonNullGraphType<IdGraphType>>("needId")
            .Argument<NonNullGraphType<IdGraphType>>("matchedNeedId")
            .ResolveAsync(async c =>
            {
                await c.Grains().GetGrain<IMunicipalityGrain>(c.OwnMunicipality()).DismissPartnerSuggestion(c.GetArgument<string>("needId"), c.GetArgument<string>("matchedNeedId"));
                return true;
            });
    }
}
