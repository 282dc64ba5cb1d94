using Microsoft.Extensions.DependencyInjection;
using Samspill.Grains.Consortia;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Queries over consortia.</summary>
public sealed class ConsortiumQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ConsortiumType>("consortium")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Loader().Consortium(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ConsortiumConnectionType>>("consortia")
            .Argument<ConsortiumFilterType>("filter")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<ConsortiumFilter>("filter") ?? new ConsortiumFilter();
                var prefix = CpvTree.FilterPrefix(filter.CpvPrefix);
                var summaries = (await ConsortiumDirectory.ListAsync(c.Grains(), c.RequestServices!.GetRequiredService<ReferenceCatalog>()))
                    .Where(s => filter.Phase is null || s.Phase == filter.Phase)
                    .Where(s => filter.Member is null || s.Members.Contains(filter.Member))
                    .Where(s => string.IsNullOrEmpty(prefix) || s.Cpv.Any(x => x.StartsWith(prefix, StringComparison.Ordinal)))
                    .ToList();
                var page = Paging.Page(summaries, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
                var views = await Task.WhenAll(page.Nodes.Select(s => c.Loader().Consortium(s.Id)));
                return new Connection<ConsortiumView>(views.OfType<ConsortiumView>().ToList(), page.HasNextPage, page.EndCursor, page.TotalCount);
            });
    }
}
