using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Samspill.Gateway.Tests.Contract;

/// <summary>
/// One thing the contract promises, by a stable key: "Need" (a type), "Need.title" (a field or input field),
/// "Query.need(id)" (an argument), "ConsortiumPhase.FORMING" (an enum value).
/// </summary>
public sealed record ContractItem(string Key, string Owner, ContractItemKind Kind, string? Type = null, string? DefaultValue = null);

/// <summary>What a contract item is, which decides how its type must match.</summary>
public enum ContractItemKind { Type, Field, Argument, InputField, EnumValue }

/// <summary>The contract's SDL (copied into this project as Contract/schema.graphql) as a flat list of items.</summary>
public static class ContractSchema
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Contract", "schema.graphql");

    public static IReadOnlyList<ContractItem> Items()
    {
        var document = Parser.Parse(File.ReadAllText(Path));
        var items = new List<ContractItem>();
        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var type = definition.Name.StringValue;
            items.Add(new(type, type, ContractItemKind.Type, Type: KindOf(definition)));
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    foreach (var f in o.Fields?.Items ?? [])
                    {
                        var field = $"{type}.{f.Name.StringValue}";
                        items.Add(new(field, type, ContractItemKind.Field, Print(f.Type)));
                        foreach (var a in f.Arguments?.Items ?? [])
                            items.Add(new($"{field}({a.Name.StringValue})", type, ContractItemKind.Argument, Print(a.Type), Print(a.DefaultValue)));
                    }
                    break;
                case GraphQLInputObjectTypeDefinition i:
                    foreach (var f in i.Fields?.Items ?? [])
                        items.Add(new($"{type}.{f.Name.StringValue}", type, ContractItemKind.InputField, Print(f.Type), Print(f.DefaultValue)));
                    break;
                case GraphQLEnumTypeDefinition e:
                    foreach (var v in e.Values?.Items ?? [])
                        items.Add(new($"{type}.{v.Name.StringValue}", type, ContractItemKind.EnumValue));
                    break;
            }
        }
        return items;
    }

    /// <summary>The introspection kind the definition must be served as.</summary>
    private static string KindOf(GraphQLTypeDefinition definition) => definition switch
    {
        GraphQLObjectTypeDefinition => "OBJECT",
        GraphQLInputObjectTypeDefinition => "INPUT_OBJECT",
        GraphQLEnumTypeDefinition => "ENUM",
        GraphQLScalarTypeDefinition => "SCALAR",
        GraphQLInterfaceTypeDefinition => "INTERFACE",
        GraphQLUnionTypeDefinition => "UNION",
        _ => definition.GetType().Name,
    };

    private static string? Print(ASTNode? node) => node switch
    {
        null => null,
        GraphQLNamedType n => n.Name.StringValue,
        GraphQLNonNullType n => Print(n.Type) + "!",
        GraphQLListType l => $"[{Print(l.Type)}]",
        _ => new SDLPrinter().Print(node),
    };
}
