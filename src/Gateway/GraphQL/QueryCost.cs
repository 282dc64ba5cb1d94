using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// The complexity and depth limits as one GraphQL.NET validation rule, with introspection let past them
/// (<see cref="IntrospectionAllowance"/>). Built here rather than registered with GraphQL.NET so that
/// <see cref="ParsedDocuments"/> decides per document whether a request runs it.
/// </summary>
public static class QueryCost
{
    public static ComplexityValidationRule Rule(GraphQLLimits limits) => new(new ComplexityOptions
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        ValidateComplexityDelegate = c =>
        {
            if (c.Error is not null && IntrospectionAllowance.Allows(c.ValidationContext)) c.Error = null;
            return Task.CompletedTask;
        },
    });
}
