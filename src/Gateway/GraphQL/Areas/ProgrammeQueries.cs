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
                var first = c.GetArgument<int?>("first") ?? 50;
                if (first is < 0 or > Paging.MaxPageSize)
                    throw DomainException.Invalid("first", $"first must be between 0 and {Paging.MaxPageSize}.");
                var after = c.GetArgument<string?>("after");
                var page = await c.Grains().GetGrain<IActivityFeedGrain>(0).Page(ActivityCursor.Decode(after), first);
                var end = page.Items.Count > 0 ? ActivityCursor.Encode(page.Items[^1].Sequence) : after;
                return new Connection<LiveEvent>(page.Items, page.HasMore, end, (int)Math.Min(page.Total, int.MaxValue));
            });
    }
}
