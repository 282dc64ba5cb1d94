namespace Samspill.Gateway.GraphQL;

/// <summary>An area of the API (needs, consortia, ...) adding its fields to the root Query type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>An area of the API adding its fields to the root Mutation type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>Query: assembled from every registered <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> areas)
    {
        Name = "Query";
        foreach (var area in areas) area.AddTo(this);
    }
}

/// <summary>Mutation: assembled from every registered <see cref="IMutationFields"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> areas)
    {
        Name = "Mutation";
        foreach (var area in areas) area.AddTo(this);
    }
}

/// <summary>The platform's GraphQL schema.</summary>
public sealed class SamspillSchema : Schema
{
    public SamspillSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
