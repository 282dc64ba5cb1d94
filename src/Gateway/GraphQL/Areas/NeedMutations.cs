using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Mutations of a municipality's needs and statistics; the caller acts for the municipality in its token.</summary>
public sealed class NeedMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<NeedType>>("publishNeed")
            .Argument<NonNullGraphType<PublishNeedInputType>>("input")
            .ResolveAsync(async c =>
            {
                var number = c.OwnMunicipality();
                var input = c.GetArgument<PublishNeedInput>("input");
                return NeedView.From(await c.Grains().GetGrain<IMunicipalityGrain>(number).PublishNeed(new PublishNeedCommand
                {
                    Title = input.Title, Description = input.Description, Cpv = input.Cpv, Category = input.Category,
                    EstimatedValueNok = input.EstimatedValueNok, NeededFrom = input.NeededFrom, NeededTo = input.NeededTo,
                    Visibility = input.Visibility, OpenToCollaboration = input.OpenToCollaboration, FromCaseId = input.FromCaseId,
                }));
            });

        mutation.Field<NonNullGraphType<NeedType>>("updateNeed")
            .Argument<NonNullGraphType<UpdateNeedInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateNeedInput>("input");
                return NeedView.From(await OwnerOf(c, input.Id).UpdateNeed(new UpdateNeedCommand
                {
                    Id = input.Id, Title = input.Title, Description = input.Description, Cpv = input.Cpv,
                    EstimatedValueNok = input.EstimatedValueNok, NeededFrom = input.NeededFrom, NeededTo = input.NeededTo,
                    Stage = input.Stage, Visibility = input.Visibility, OpenToCollaboration = input.OpenToCollaboration,
                }));
            });

        mutation.Field<NonNullGraphType<NeedType>>("withdrawNeed")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return NeedView.From(await OwnerOf(c, id).WithdrawNeed(id));
            });

        mutation.Field<NonNullGraphType<MunicipalityType>>("reportProcurementStatistics")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<NonNullGraphType<IntGraphType>>("total")
            .Argument<NonNullGraphType<IntGraphType>>("innovative")
            .Argument<LongGraphType>("totalValueNok", a => a.Description = "Value of all procurements that year in NOK; give with innovativeValueNok.")
            .Argument<LongGraphType>("innovativeValueNok", a => a.Description = "Value of the innovative ones in NOK.")
            .ResolveAsync(async c =>
            {
                var number = c.OwnMunicipality();
                await c.Grains().GetGrain<IMunicipalityGrain>(number).ReportProcurementStatistics(
                    c.GetArgument<int>("year"), c.GetArgument<int>("total"), c.GetArgument<int>("innovative"),
                    c.GetArgument<long?>("totalValueNok"), c.GetArgument<long?>("innovativeValueNok"));
                return c.Catalog().Municipality(number);
            });
    }

    /// <summary>The grain owning a need id; its own caller check refuses other municipalities.</summary>
    private static IMunicipalityGrain OwnerOf(IResolveFieldContext c, string needId)
    {
        var municipality = NeedIds.MunicipalityOf(needId);
        if (municipality is null || c.Catalog().Municipality(municipality) is null) throw DomainException.NotFound("The need");
        return c.Grains().GetGrain<IMunicipalityGrain>(municipality);
    }
}
