using Samspill.Grains.Matching;
using Samspill.Grains.Search;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>SearchKind.</summary>
public sealed class SearchKindEnum : EnumerationGraphType<SearchKind> { public SearchKindEnum() => Name = "SearchKind"; }

/// <summary>A page of search hits with the total and facet counts, over what the caller may see.</summary>
public sealed record SearchPage(SearchResult Result, int Offset, bool HasNextPage);

/// <summary>SearchResult.</summary>
public sealed class SearchResultType : ObjectGraphType<SearchPage>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "Hits best first, the total, and facet counts; all only over what the caller may see.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("hits").Resolve(c => c.Source.Result.Hits);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.Result.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => (c.Source.HasNextPage,
            c.Source.Result.Hits.Count == 0 ? null : Paging.CursorAt(c.Source.Offset + c.Source.Result.Hits.Count - 1)));
        Field<NonNullGraphType<SearchFacetsType>>("facets").Resolve(c => c.Source.Result);
    }
}

/// <summary>SearchHit.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<SearchKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("snippet")
            .Description("An excerpt, HTML-escaped, with the matched words in <mark>…</mark>.")
            .Resolve(c => c.Source.Snippet);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
    }
}

/// <summary>SearchFacets.</summary>
public sealed class SearchFacetsType : ObjectGraphType<SearchResult>
{
    public SearchFacetsType()
    {
        Name = "SearchFacets";
        Description = "Each facet counts the hits that pass every filter but its own.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byKind").Resolve(c => c.Source.ByKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byCounty").Resolve(c => c.Source.ByCounty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("byDomain").Resolve(c => c.Source.ByDomain);
    }
}

/// <summary>FacetCount.</summary>
public sealed class FacetCountType : ObjectGraphType<FacetCount>
{
    public FacetCountType()
    {
        Name = "FacetCount";
        Field<NonNullGraphType<StringGraphType>>("value").Description("SearchKind name, county number or domain code.")
            .Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

/// <summary>MatchDetail.</summary>
public sealed class MatchDetailType : ObjectGraphType<MatchDetail>
{
    public MatchDetailType()
    {
        Name = "MatchDetail";
        Description = "The figures behind one reason of a match.";
        Field<NonNullGraphType<MatchReasonEnum>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("What the reason adds to the score.").Resolve(c => c.Source.Value);
        Field<IntGraphType>("cpvLevel").Description("Shared significant CPV digits: 2 division, 3 group, 4 class, 5+ category.").Resolve(c => c.Source.CpvLevel);
        Field<IntGraphType>("monthsOverlap").Resolve(c => c.Source.MonthsOverlap);
        Field<FloatGraphType>("similarity").Description("Text similarity 0..1.").Resolve(c => c.Source.Similarity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedTerms").Resolve(c => c.Source.MatchedTerms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("relatedCpv")
            .Description("CPV groups bought together in the case library, as \"351-797\".").Resolve(c => c.Source.RelatedCpv);
    }
}
