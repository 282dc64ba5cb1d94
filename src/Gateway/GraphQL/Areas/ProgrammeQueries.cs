using GraphQL;
using GraphQL.Types;
using Samspill.Gateway.GraphQL.Types;
using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Programme;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Programme staff queries: the overview and the activity feed.</summary>
public sealed class ProgrammeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ProgrammeOverviewType>>("programmeOverview")
            .Description("Programme staff only.")
            .ResolveAsync(async c =>
            {
                Guard.RequireProgramme(CallerContext.Current);
                return await c.Grains().GetGrain<IProgrammeOverviewGrain>(0).GetOverview();
            });
        query.Field<NonNullGraphType<ActivityConnectionType>>("activity")
            .Description("Programme staff only. Newest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                Guard.RequireProgramme(CallerContext.Current);
                var recent = await c.Grains().GetGrain<ILiveTopicGrain>(LiveTopics.Programme).Recent(int.MaxValue);
                return Paging.Page(recent, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
            });
    }
}
