using Samspill.Grains.Matching;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Queries over needs: one, a filtered list, and similar needs.</summary>
public sealed class NeedQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NeedType>("need")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Loader().SingleNeed(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<NeedConnectionType>>("needs")
            .Argument<NeedFilterType>("filter")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<NeedFilter>("filter") ?? new NeedFilter();
                var catalog = c.Catalog();
                var search = new NeedSearch
                {
                    Municipality = filter.Municipality, CpvPrefix = filter.CpvPrefix,
                    OpenToCollaboration = filter.OpenToCollaboration, Text = filter.Text,
                };
                var counties = filter.Municipality is null
                    ? catalog.Counties.Select(x => x.Number)
                    : [catalog.Municipality(filter.Municipality)?.CountyNumber ?? "none"];
                var found = await Task.WhenAll(counties.Where(x => catalog.County(x) is not null)
                    .Select(x => c.Grains().GetGrain<INeedIndexGrain>(x).Search(search)));
                var all = found.SelectMany(x => x).OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
                var page = Paging.Page(all, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
                // The index keeps shortened descriptions: load the page's needs from their owners.
                var full = await Task.WhenAll(page.Nodes.Select(async n => await c.Loader().Need(n.Id) ?? NeedView.From(n)));
                return page.With(full);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedMatchType>>>>("similarNeeds")
            .Description("Needs of other municipalities that could be pooled with this one, best first.")
            .Argument<NonNullGraphType<IdGraphType>>("needId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = PageSizes.SimilarNeedsDefault)
            .ResolveAsync(async c =>
            {
                var need = await c.Loader().StoredNeed(c.GetArgument<string>("needId")) ?? throw DomainException.NotFound("The need");
                var first = Paging.Within("first", c.GetArgument<int>("first"), PageSizes.SimilarNeedsMax);
                // The owner does not see again what it dismissed as "Ikke aktuelt"; others see the plain list.
                var caller = CallerContext.Current;
                IReadOnlyList<string> dismissed = caller.Role == CallerRole.Municipality && caller.Tenant == need.Municipality
                    ? await c.Grains().GetGrain<IMunicipalityGrain>(need.Municipality).GetDismissedSuggestions(need.Id)
                    : [];
                var matches = await c.Grains().GetGrain<INeedMatchingGrain>(0).FindSimilar(need, first + dismissed.Count);
                return matches.Where(m => !dismissed.Contains(m.Need.Id)).Take(first).ToList();
            });
    }
}
