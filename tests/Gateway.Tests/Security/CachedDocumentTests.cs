using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// A document is parsed and fully validated once and then reused (issue 17); what depends on the request still
/// decides every request: variables are coerced, and the complexity limit counts the list sizes they ask for. A
/// document whose cost no variable can change skips the complexity rule once it passed it, and only then.
/// </summary>
public sealed class CachedDocumentTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public async Task A_document_served_before_is_still_refused_when_its_variables_ask_too_much()
    {
        // Twenty connections of $n needs each: cheap with one, far over the complexity limit with two hundred.
        var fields = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"n{i}: needs(first: $n) {{ nodes {{ id title description }} }}"));
        var query = $"query Wide($n: Int) {{ {fields} }}";
        for (var round = 0; round < 2; round++)
        {
            var small = await app.GraphQLAsync(query, new { n = 1 });
            Assert.True(small.Errors is null, small.Body.ToJsonString());
            var large = await app.GraphQLAsync(query, new { n = 200 });
            Assert.Equal("QUERY_TOO_COMPLEX", large.ErrorCode);
            Assert.Null(large.Data);
        }
    }

    [Fact]
    public async Task A_document_served_before_still_refuses_variables_of_the_wrong_type()
    {
        const string query = "query One($id: ID!) { need(id: $id) { id } }";
        for (var round = 0; round < 2; round++)
        {
            Assert.True((await app.GraphQLAsync(query, new { id = "1804-none" })).Errors is null);
            var wrong = await app.GraphQLAsync(query, new { id = new { nested = true } });
            Assert.NotNull(wrong.ErrorCode);
            Assert.Null(wrong.Data);
        }
    }

    [Fact]
    public async Task A_too_costly_document_is_refused_every_time_it_is_sent()
    {
        // The cost is fixed by the text ($id is not a list size), so only a document that passed may skip the rule.
        var fields = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"n{i}: needs(first: 200) {{ nodes {{ id title description }} }}"));
        var query = $"query Costly($id: ID!) {{ need(id: $id) {{ id }} {fields} }}";
        for (var round = 0; round < 3; round++)
        {
            var refused = await app.GraphQLAsync(query, new { id = "1804-none" });
            Assert.Equal("QUERY_TOO_COMPLEX", refused.ErrorCode);
            Assert.Null(refused.Data);
        }
    }

    [Fact]
    public async Task A_document_served_before_is_still_refused_when_a_variable_includes_its_costly_part()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"n{i}: needs(first: 100) {{ nodes {{ id title description }} }}"));
        var query = $"query Maybe($all: Boolean!) {{ need(id: \"1804-none\") {{ id }} ... @include(if: $all) {{ {fields} }} }}";
        for (var round = 0; round < 2; round++)
        {
            var cheap = await app.GraphQLAsync(query, new { all = false });
            Assert.True(cheap.Errors is null, cheap.Body.ToJsonString());
            var costly = await app.GraphQLAsync(query, new { all = true });
            Assert.Equal("QUERY_TOO_COMPLEX", costly.ErrorCode);
            Assert.Null(costly.Data);
        }
    }

    [Fact]
    public async Task A_document_of_fixed_cost_still_answers_each_request_with_its_own_variables()
    {
        const string query = "query One($id: ID!) { need(id: $id) { id } __typename }";
        for (var round = 0; round < 3; round++)
        {
            var answer = await app.GraphQLAsync(query, new { id = $"1804-none-{round}" });
            Assert.True(answer.Errors is null, answer.Body.ToJsonString());
            Assert.Equal("Query", answer.Data?["__typename"]?.GetValue<string>());
        }
    }

    [Fact]
    public void No_field_of_the_schema_sets_a_complexity_impact_of_its_own()
    {
        // CostVariables knows which arguments the default estimator reads; an impact of our own could read any.
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var own = schema.AllTypes.OfType<IComplexGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Where(f => f.GetComplexityImpactDelegate() is not null).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();
        Assert.Empty(own);
    }
}
