using GraphQL.Types;
using GraphQLParser;
using Samspill.Gateway.GraphQL;

namespace Samspill.Gateway.Tests.Security;

/// <summary>Which documents may skip the complexity rule once they passed it: those whose variables cannot change the cost.</summary>
public sealed class CostVariablesTests
{
    private static readonly ISchema Schema = Build();

    private static ISchema Build()
    {
        var schema = global::GraphQL.Types.Schema.For("""
            type Query { need(id: ID!): Need  needs(first: Int, last: Int): NeedConnection  items(id: ID): [Need!]!  search(query: String, first: Int): NeedConnection  a: A }
            type A { b(first: [Int]): [Need] }
            type Need { id: ID! title: String }
            type NeedConnection { nodes: [Need!]! }
            """);
        schema.Initialize();
        return schema;
    }

    private static bool Affect(string query) => CostVariables.Affect(Parser.Parse(query), Schema);

    [Theory]
    [InlineData("{ needs(first: 10) { nodes { id } } }")]
    [InlineData("query($id: ID!) { need(id: $id) { id title } }")]
    [InlineData("query($q: String) { search(query: $q, first: 5) { nodes { id } } }")]
    [InlineData("query($id: ID!) { ...N } fragment N on Query { need(id: $id) { id } }")]
    [InlineData("query($id: ID!) { ... on Query { need(id: $id) { id } } }")]
    [InlineData("{ __schema { types { name } } }")]
    [InlineData("query($id: ID) { items(id: \"x\") { id } a { b(first: [1]) { title } } need(id: $id) { __typename } }")]
    public void Variables_outside_list_sizes_and_directives_leave_the_cost_fixed(string query) =>
        Assert.False(Affect(query));

    [Theory]
    [InlineData("query($n: Int) { needs(first: $n) { nodes { id } } }")]
    [InlineData("query($n: Int) { needs(last: $n) { nodes { id } } }")]
    [InlineData("query($id: ID) { items(id: $id) { id } }")]
    [InlineData("query($n: Int) { a { b(first: [$n]) { id } } }")]
    [InlineData("query($n: Int) { ...F } fragment F on Query { needs(first: $n) { nodes { id } } }")]
    [InlineData("query($all: Boolean!) { need(id: \"x\") { id title @include(if: $all) } }")]
    [InlineData("query($all: Boolean!) { ... @skip(if: $all) { needs(first: 10) { nodes { id } } } }")]
    [InlineData("query($all: Boolean!) { ...F @include(if: $all) } fragment F on Query { needs { nodes { id } } }")]
    [InlineData("query($d: Boolean) { __type(name: \"Need\") { fields(includeDeprecated: $d) { name } } }")]
    [InlineData("query($d: Boolean) { __schema { types { ...T } } } fragment T on __Type { fields(includeDeprecated: $d) { name } }")]
    [InlineData("query($id: ID!) { unknown(id: $id) { id } }")]
    [InlineData("query($id: ID!) { ...F } fragment F on Unknown { need(id: $id) { id } }")]
    public void A_variable_in_a_list_size_a_directive_or_introspection_makes_the_cost_vary(string query) =>
        Assert.True(Affect(query));
}
