namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>
/// How many consortia and dialogue events the country has is not bounded by one stored record: with grain storage that
/// holds at most 80 KB per state, more consortia with long descriptions are created than fit in 80 KB, and every one is
/// listed, found by id and changed afterwards.
/// </summary>
public sealed class DirectoryLimitTests(SmallStateSiloApp app) : IClassFixture<SmallStateSiloApp>
{
    private const string Create = "mutation($t: String!, $d: String!) { createConsortium(input: { title: $t, description: $d }) { id } }";

    [Fact]
    public async Task More_consortia_than_one_stored_record_holds_are_created_and_all_listed()
    {
        // 16 consortia of about 6 KB each, from leads in different counties and in the same one: 96 KB, more than the
        // 80 KB one record may hold here (a page of ten still fits, as ten worst-case entries fit the real limit).
        string[] leads = ["1820", "1804", "4601", "5001", "0301", "1820", "1804"];
        var created = new List<string>();
        for (var i = 0; i < 16; i++)
        {
            var token = await app.MunicipalityToken(leads[i % leads.Length]);
            var consortium = (await app.GraphQLAsync(Create, new { t = $"Samarbeid nummer {i}", d = $"{i} " + new string('x', 6_000) }, token)).Ok();
            created.Add(consortium["createConsortium"]!["id"]!.GetValue<string>());
        }

        var staff = await app.ProgrammeToken();
        var listed = (await app.GraphQLAsync("query { consortia(first: 100) { nodes { id description } totalCount } }", token: staff)).Ok()["consortia"]!;
        var ids = listed["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.All(created, id => Assert.Contains(id, ids));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(listed["nodes"]!.AsArray().Where(n => created.Contains(n!["id"]!.GetValue<string>())),
            n => Assert.Equal(6_000, n!["description"]!.GetValue<string>().Count(c => c == 'x')));
    }
}
