using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Whether a document's complexity and depth, as GraphQL.NET's default estimator counts them, can change with the
/// request's variables. The estimator reads `first` and `last` (list sizes, on a list field or its parent) and, on a
/// list field, whether `id` is given; and it leaves out what `@skip`/`@include` leave out. The schema sets no impact
/// of its own on any field (a test holds it to that). So a document whose variables appear in none of those costs the
/// same for every request, and once it passed the limits it passes them always; any other document is measured again
/// for each request, and so is one this cannot follow (an unknown type or field: validation refuses it anyway).
/// Introspection fields may carry impacts of their own, so a variable anywhere under `__schema` or `__type`, or in a
/// fragment on an introspection type, counts too.
/// </summary>
public static class CostVariables
{
    public static bool Affect(GraphQLDocument document, ISchema schema)
    {
        foreach (var definition in document.Definitions)
        {
            var affected = definition switch
            {
                GraphQLOperationDefinition o => Affect(o.SelectionSet, Root(o.Operation, schema), schema, introspection: false),
                GraphQLFragmentDefinition f => Affect(f.SelectionSet, Named(f.TypeCondition, schema), schema, Introspective(f.TypeCondition)),
                _ => false,
            };
            if (affected) return true;
        }
        return false;
    }

    private static IGraphType? Root(OperationType operation, ISchema schema) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        OperationType.Subscription => schema.Subscription,
        _ => null,
    };

    private static IGraphType? Named(GraphQLTypeCondition condition, ISchema schema) => schema.AllTypes[condition.Type.Name.StringValue];

    private static bool Affect(GraphQLSelectionSet set, IGraphType? parent, ISchema schema, bool introspection)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    if (UsesVariable(field.Directives)) return true;
                    var name = field.Name.StringValue;
                    if (name == "__typename") break;
                    var inside = introspection || name is "__schema" or "__type";
                    var definition = name switch
                    {
                        "__schema" => schema.SchemaMetaFieldType,
                        "__type" => schema.TypeMetaFieldType,
                        _ => (parent as IComplexGraphType)?.GetField(name),
                    };
                    if (definition?.ResolvedType is not { } type) return true;
                    if (field.Arguments is { } arguments)
                    {
                        foreach (var argument in arguments)
                        {
                            if (!HasVariable(argument.Value)) continue;
                            if (inside) return true;
                            switch (argument.Name.StringValue)
                            {
                                case "first" or "last":
                                case "id" when (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType:
                                    return true;
                            }
                        }
                    }
                    if (field.SelectionSet is { } s && Affect(s, type.GetNamedType(), schema, inside)) return true;
                    break;
                case GraphQLInlineFragment inline:
                    if (UsesVariable(inline.Directives)) return true;
                    var on = inline.TypeCondition is { } condition ? Named(condition, schema) : parent;
                    if (Affect(inline.SelectionSet, on, schema, introspection || Introspective(inline.TypeCondition))) return true;
                    break;
                case GraphQLFragmentSpread spread:
                    // The fragment's own selections are looked at with the document's other definitions.
                    if (UsesVariable(spread.Directives)) return true;
                    break;
            }
        }
        return false;
    }

    private static bool Introspective(GraphQLTypeCondition? condition) =>
        condition?.Type.Name.StringValue.StartsWith("__", StringComparison.Ordinal) == true;

    private static bool UsesVariable(GraphQLDirectives? directives)
    {
        if (directives is null) return false;
        foreach (var directive in directives)
        {
            if (directive.Arguments is null) continue;
            foreach (var argument in directive.Arguments)
                if (HasVariable(argument.Value)) return true;
        }
        return false;
    }

    private static bool HasVariable(GraphQLValue value) => value switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(HasVariable) == true,
        GraphQLObjectValue obj => obj.Fields?.Any(f => HasVariable(f.Value)) == true,
        _ => false,
    };
}
