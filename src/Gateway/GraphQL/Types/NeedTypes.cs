using Samspill.Grains.Matching;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Need.</summary>
public sealed class NeedType : ObjectGraphType<NeedView>
{
    public NeedType()
    {
        Name = "Need";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(c => c.Catalog().Municipality(c.Source.Municipality));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CpvCodeType>>>>("cpv")
            .Resolve(c => c.Source.Cpv.Select(code => c.Catalog().CpvCode(code)).OfType<object>().ToList());
        Field<NonNullGraphType<ProcurementCategoryEnum>>("category").Resolve(c => c.Source.Category);
        Field<LongGraphType>("estimatedValueNok").Resolve(c => c.Source.EstimatedValueNok);
        Field<DateScalarType>("neededFrom").Resolve(c => c.Source.NeededFrom);
        Field<DateScalarType>("neededTo").Resolve(c => c.Source.NeededTo);
        Field<NonNullGraphType<NeedStageEnum>>("stage").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<VisibilityEnum>>("visibility").Resolve(c => c.Source.Visibility);
        Field<NonNullGraphType<BooleanGraphType>>("openToCollaboration").Resolve(c => c.Source.OpenToCollaboration);
        Field<ConsortiumType>("consortium").ResolveAsync(async c => await c.Loader().Consortium(c.Source.ConsortiumId));
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.Utc());
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt.Utc());
        Field<CaseType>("fromCase").Description("The case the need was started from.")
            .ResolveAsync(async c => c.Source.FromCaseId is null ? null : CaseView.FromOrNull(await c.Grains().GetGrain<Samspill.Grains.Cases.ICaseLibraryGrain>(0).Get(c.Source.FromCaseId)));
    }
}

/// <summary>NeedMatch.</summary>
public sealed class NeedMatchType : ObjectGraphType<NeedMatch>
{
    public NeedMatchType()
    {
        Name = "NeedMatch";
        // The index keeps a shortened description; the owner has the whole need.
        Field<NonNullGraphType<NeedType>>("need").ResolveAsync(async c => await c.Loader().Need(c.Source.Need.Id) ?? NeedView.From(c.Source.Need));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchReasonEnum>>>>("reasons").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchDetailType>>>>("details")
            .Description("The figures behind each reason, in the order of reasons.").Resolve(c => c.Source.Details ?? []);
    }
}
