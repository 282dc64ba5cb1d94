namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Queries over suppliers.</summary>
public sealed class SupplierQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<SupplierType>("supplier")
            .Description("The supplier itself and programme staff see everything; municipality users its name; others null.")
            .Argument<NonNullGraphType<IdGraphType>>("orgNumber")
            .ResolveAsync(async c => await c.Loader().Supplier(c.GetArgument<string>("orgNumber")));
    }
}
