using Samspill.Grains.Search;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Search across needs, consortia, dialogue events and cases, in Norwegian.</summary>
public sealed class SearchQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchResultType>>("search")
            .Description("Norwegian full-text search (stems, compound parts, domain synonyms) over what the caller may see.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<SearchKindEnum>>>("kinds")
            .Argument<IdGraphType>("county")
            .Argument<StringGraphType>("cpvDivision")
            .Argument<StringGraphType>("domain")
            .Argument<IntGraphType>("first", a => a.DefaultValue = PageSizes.SearchDefault)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var text = TextInput.Required("text", c.GetArgument<string>("text"), 0, 500);
                var first = Paging.Within("first", c.GetArgument<int>("first"), PageSizes.SearchMax);
                var county = c.GetArgument<string?>("county");
                if (county is not null && c.Catalog().County(county) is null) throw DomainException.Invalid("county", "county must be one of the 15 county numbers.");
                var division = c.GetArgument<string?>("cpvDivision");
                if (division is not null && !(division.Length == 2 && division.All(char.IsAsciiDigit)))
                    throw DomainException.Invalid("cpvDivision", "cpvDivision is the two first digits of a CPV code, e.g. \"33\".");
                var offset = Paging.StartAfter(c.GetArgument<string?>("after"));
                var result = await c.Grains().GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).Search(new SearchQuery
                {
                    Text = text, Kinds = c.GetArgument<List<SearchKind>?>("kinds"), County = county, CpvDivision = division,
                    Domain = c.GetArgument<string?>("domain"), First = first, Offset = offset,
                });
                return new SearchPage(result, offset, offset + result.Hits.Count < result.TotalCount);
            });
    }
}
