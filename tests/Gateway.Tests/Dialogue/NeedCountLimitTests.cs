namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>
/// How many needs a municipality has is not bounded by one stored record: with grain storage that holds at most
/// 80 KB per state, a municipality publishes more needs than fit in 80 KB, and reads every one of them back.
/// </summary>
public sealed class NeedCountLimitTests(SmallStateSiloApp app) : IClassFixture<SmallStateSiloApp>
{
    private const string Publish = "mutation($t: String!, $d: String!) { publishNeed(input: { title: $t, description: $d, cpv: [\"72000000-5\"], category: SERVICES, openToCollaboration: false }) { id } }";

    [Fact]
    public async Task A_municipality_publishes_more_needs_than_one_stored_record_holds_and_reads_them_all()
    {
        var token = await app.MunicipalityToken("1820");
        // 60 needs of about 2.1 KB each: 126 KB, more than the 80 KB one record may hold here.
        var published = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var need = (await app.GraphQLAsync(Publish, new { t = $"Behov nummer {i}", d = $"{i} " + new string('x', 2_000) }, token)).Ok();
            published.Add(need["publishNeed"]!["id"]!.GetValue<string>());
        }

        var needs = (await app.GraphQLAsync("query { municipality(number: \"1820\") { needs { id description } } }", token: token)).Ok()["municipality"]!["needs"]!.AsArray();
        Assert.Equal(published, needs.Select(n => n!["id"]!.GetValue<string>()));
        Assert.All(needs, n => Assert.Equal(2_000, n!["description"]!.GetValue<string>().Count(c => c == 'x')));
    }
}
