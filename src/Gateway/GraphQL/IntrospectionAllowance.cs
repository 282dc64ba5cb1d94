using GraphQL.Validation;
using GraphQLParser.AST;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Lets an introspection-only operation (GraphiQL, code generators, contract checks) past the complexity and depth
/// limits, which count it as hundreds of thousands because every introspection list multiplies. Its real cost grows
/// only with how often it re-enters a type's members (types → fields → type → fields …), so that nesting is limited
/// instead, as graphql-js's MaxIntrospectionDepthRule does; the execution timeout still applies, and so do the
/// document bounds (<see cref="DocumentBounds"/>), which run first.
/// </summary>
public static class IntrospectionAllowance
{
    /// <summary>The standard introspection query re-enters members twice (types, then fields/inputFields/…).</summary>
    public const int MaxMemberNesting = 3;

    /// <summary>One schema is enough for any tool; aliases of it multiply the answer (1,000 of them were 20 MB).</summary>
    public const int MaxSchemaFields = 1;
    /// <summary>Root fields of an exempt operation (`__schema`, `__type` lookups, `__typename`).</summary>
    public const int MaxRootFields = 10;

    private const int MaxDepth = 40;
    private static readonly HashSet<string> MemberLists = ["types", "fields", "inputFields", "interfaces", "possibleTypes", "enumValues", "args"];

    public static bool Allows(ValidationContext context)
    {
        if (context.Operation is not { } operation) return false;
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .ToDictionary(f => f.FragmentName.Name.StringValue);
        var roots = Fields(operation.SelectionSet, fragments, 0).ToList();
        return roots.Count is > 0 and <= MaxRootFields
            && roots.Count(f => f.Name.StringValue == "__schema") <= MaxSchemaFields
            && roots.All(f => f.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
            && roots.All(f => Within(f, fragments, 0, 0));
    }

    private static bool Within(GraphQLField field, Dictionary<string, GraphQLFragmentDefinition> fragments, int nesting, int depth)
    {
        if (depth > MaxDepth) return false;
        if (MemberLists.Contains(field.Name.StringValue) && ++nesting > MaxMemberNesting) return false;
        return field.SelectionSet is null
            || Fields(field.SelectionSet, fragments, depth).All(child => Within(child, fragments, nesting, depth + 1));
    }

    /// <summary>The fields of a selection set with fragments spread in place.</summary>
    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, int depth)
    {
        if (depth > MaxDepth) yield break;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var f in Fields(inline.SelectionSet, fragments, depth + 1)) yield return f;
                    break;
                case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    foreach (var f in Fields(fragment.SelectionSet, fragments, depth + 1)) yield return f;
                    break;
            }
        }
    }
}
