using Microsoft.Extensions.DependencyInjection;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Search;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Queries over reference data and the caller: viewer, municipalities, counties, CPV.</summary>
public sealed class ReferenceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("viewer").Resolve(c => CallerContext.Current);
        query.Field<MunicipalityType>("municipality")
            .Argument<NonNullGraphType<IdGraphType>>("number")
            .Resolve(c => c.Catalog().Municipality(c.GetArgument<string>("number")));
        query.Field<NonNullGraphType<MunicipalityConnectionType>>("municipalities")
            .Argument<MunicipalityFilterType>("filter")
            .PageArguments()
            .Resolve(c =>
            {
                var filter = c.GetArgument<MunicipalityFilter>("filter") ?? new MunicipalityFilter();
                var list = c.Catalog().Municipalities
                    .Where(m => filter.County is null || m.CountyNumber == filter.County)
                    .Where(m => filter.SmallDistrict is null || m.SmallDistrict == filter.SmallDistrict)
                    .Where(m => string.IsNullOrEmpty(filter.NameContains) || m.Name.Contains(filter.NameContains, StringComparison.OrdinalIgnoreCase))
                    .ToList();
                return Paging.Page(list, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountyType>>>>("counties").Resolve(c => c.Catalog().Counties);
        query.Field<CpvCodeType>("cpv")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(c => c.Catalog().CpvCode(c.GetArgument<string>("code")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CpvCodeType>>>>("cpvSearch")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first", a => a.DefaultValue = PageSizes.CpvSearchDefault)
            .Description("Codes by prefix, then by their names with the Norwegian analysis of search (stems, compound parts, synonyms).")
            .Resolve(c => c.RequestServices!.GetRequiredService<CpvLabelSearch>().Search(c.GetArgument<string>("text"), c.GetArgument<int>("first")));
    }
}
