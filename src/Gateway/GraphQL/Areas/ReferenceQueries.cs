using GraphQL;
using GraphQL.Types;
using Samspill.Gateway.GraphQL.Types;
using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

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
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after")
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
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Resolve(c => Search(c.Catalog(), c.GetArgument<string>("text"), c.GetArgument<int>("first")));
    }

    private static List<CpvInfo> Search(ReferenceCatalog catalog, string text, int first)
    {
        var t = text.Trim();
        if (t.Length == 0) return [];
        var take = Math.Clamp(first, 0, 100);
        // Codes by prefix first, then labels; shorter (more general) codes before their subtrees.
        return catalog.Cpv
            .Where(c => c.Code.StartsWith(t, StringComparison.Ordinal)
                || c.LabelNo.Contains(t, StringComparison.OrdinalIgnoreCase)
                || c.LabelEn.Contains(t, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Code.StartsWith(t, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => CpvTree.SignificantPrefix(c.Code).Length)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(take).ToList();
    }
}
