using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// A document is parsed and fully validated once and then reused (issue 17); what depends on the request still
/// decides every request: variables are coerced, and the complexity limit counts the list sizes they ask for.
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
}
