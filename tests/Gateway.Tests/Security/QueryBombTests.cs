using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Contract;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// Each query bomb is refused as too complex, anonymous or not, introspection or not; what a refusal costs is
/// measured in bench/QueryCost (bench/results/query-cost.md), never timed here.
/// </summary>
public sealed class QueryBombTests(SiloApp app) : IClassFixture<SiloApp>
{
    public static TheoryData<string> Bombs() => new(QueryBombs.All().Select(b => b.Name));

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task A_bomb_is_refused_as_too_complex_and_the_service_keeps_answering(string name)
    {
        var query = QueryBombs.All().Single(b => b.Name == name).Query;
        foreach (var token in new[] { null, await app.ProgrammeToken() })
        {
            var response = await app.GraphQLAsync(query, token: token);
            Assert.True(response.ErrorCode == "QUERY_TOO_COMPLEX", $"{name}: {Head(response.Body)}");
            Assert.Null(response.Data);
        }
        Assert.Equal("Query", (await app.GraphQLAsync("{ __typename }")).Ok()["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(12)]
    [InlineData(64)]
    public async Task A_fragment_cycle_or_an_unused_bomb_is_refused_before_it_is_expanded(int levels)
    {
        var unused = "{ __typename }\n" + QueryBombs.FragmentBomb(levels).Split('\n', 2)[1];
        var cyclic = "{ ...A }\nfragment A on Query { ...B ...B }\nfragment B on Query { ...A __typename }";
        var unusedAnswer = await app.GraphQLAsync(unused);
        Assert.NotNull(unusedAnswer.ErrorCode);
        Assert.Null(unusedAnswer.Data);
        var cyclicAnswer = await app.GraphQLAsync(cyclic);
        Assert.NotNull(cyclicAnswer.ErrorCode);
        Assert.Null(cyclicAnswer.Data);
    }

    [Fact]
    public async Task The_standard_introspection_query_and_one_aliased_schema_still_answer()
    {
        var full = (await app.GraphQLAsync(StandardIntrospection.Query)).Ok();
        Assert.True(full["__schema"]!["types"]!.AsArray().Count > 20);
        var one = (await app.GraphQLAsync("{ s: __schema { queryType { name } } t: __type(name: \"Need\") { name } }")).Ok();
        Assert.Equal("Query", one["s"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bounds_count_expanded_fields_so_a_small_doubling_within_them_is_served()
    {
        // 2^6 = 64 copies of one field: far within the bounds, and merged into one answer.
        var data = (await app.GraphQLAsync(QueryBombs.FragmentBomb(6, leaf: "{ __typename }"))).Ok();
        Assert.Equal("Query", data["__typename"]!.GetValue<string>());
    }

    private static string Head(JsonObject body) { var s = body.ToJsonString(); return s.Length > 300 ? s[..300] : s; }
}
