namespace Samspill.Gateway.GraphQL.Types;

/// <summary>The contract's <c>Date</c> scalar (ISO-8601 date, "2027-03-01"): GraphQL.NET's DateOnly under the contract's name.</summary>
public sealed class DateScalarType : DateOnlyGraphType
{
    public DateScalarType()
    {
        Name = "Date";
    }
}
