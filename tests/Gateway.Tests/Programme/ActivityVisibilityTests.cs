using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Programme;

/// <summary>
/// Current visibility wins in the programme's activity feed as in a replay: once a need is PRIVATE, its entries
/// leave the GraphQL <c>activity</c> (plain and filtered, nodes and totalCount) and every replay to staff, and they
/// come back when the need is visible again.
/// </summary>
public sealed class ActivityVisibilityTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Owner = "1820";

    private const string Activity = """
        query($first: Int, $after: String, $types: [String!]) {
          activity(first: $first, after: $after, types: $types) { nodes { type summary data } pageInfo { hasNextPage endCursor } totalCount }
        }
        """;

    [Fact]
    public async Task A_need_made_private_leaves_the_activity_feed_and_every_replay_to_staff()
    {
        var programme = await app.ProgrammeToken();
        var owner = await app.MunicipalityToken(Owner);
        var title = $"Behov som blir privat {Guid.NewGuid():N}";
        var needId = (string)(await app.GraphQLAsync(
            "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"85000000-9\"], category: SERVICES, visibility: PUBLIC }) { id } }",
            new { t = title }, owner)).Ok()["publishNeed"]!["id"]!;
        // Another entry that stays, so the feed is not simply empty afterwards.
        (await app.GraphQLAsync("mutation { publishNeed(input: { title: \"Behov som forblir offentlig\", description: \"d\", cpv: [\"85000000-9\"], category: SERVICES, visibility: PUBLIC }) { id } }",
            token: owner)).Ok();

        var before = await Feed(programme);
        Assert.Contains(before.Nodes, n => Mentions(n, title));
        Assert.Contains((await Feed(programme, ["NeedPublished"])).Nodes, n => Mentions(n, title));
        Assert.Contains(await Replay(programme, "programme"), e => e.Contains(title));

        (await app.GraphQLAsync("mutation($i: ID!) { updateNeed(input: { id: $i, visibility: PRIVATE }) { id } }", new { i = needId }, owner)).Ok();

        // Its entry is gone, and counted out (a withdrawn need cannot change, so one entry is all a need can lose).
        var after = await Feed(programme);
        Assert.DoesNotContain(after.Nodes, n => Mentions(n, title) || Mentions(n, needId));
        Assert.Contains(after.Nodes, n => Mentions(n, "Behov som forblir offentlig"));
        Assert.Equal(before.Total - 1, after.Total);
        Assert.Equal(after.Nodes.Count, after.Total);
        var filtered = await Feed(programme, ["NeedPublished", "NeedWithdrawn"]);
        Assert.DoesNotContain(filtered.Nodes, n => Mentions(n, title) || Mentions(n, needId));
        Assert.Equal(filtered.Nodes.Count, filtered.Total);
        // Page by page, one item at a time: the same items, none hidden, none repeated.
        Assert.Equal(after.Nodes.Select(n => n["data"]!.GetValue<string>()), await PageByPage(programme, 1));

        // The live replay agrees: the programme topic and the staff stream of the owner's topic.
        Assert.DoesNotContain(await Replay(programme, "programme"), e => e.Contains(title) || e.Contains(needId));
        Assert.DoesNotContain(await Replay(programme, $"municipality/{Owner}"), e => e.Contains(title) || e.Contains(needId));
        // The owner still reads its own need's history.
        Assert.Contains(await Replay(owner, $"municipality/{Owner}"), e => e.Contains(title));

        // Visible again: the entries are back, as the need's present visibility says.
        (await app.GraphQLAsync("mutation($i: ID!) { updateNeed(input: { id: $i, visibility: MUNICIPALITIES }) { id } }", new { i = needId }, owner)).Ok();
        var again = await Feed(programme);
        Assert.Contains(again.Nodes, n => Mentions(n, title));
        Assert.Equal(before.Total, again.Total);
    }

    private static bool Mentions(JsonNode node, string text) =>
        node["summary"]!.GetValue<string>().Contains(text, StringComparison.Ordinal) || node["data"]!.GetValue<string>().Contains(text, StringComparison.Ordinal);

    private async Task<(List<JsonNode> Nodes, int Total)> Feed(string token, string[]? types = null)
    {
        var activity = (await app.GraphQLAsync(Activity, new { first = 200, types }, token)).Ok()["activity"]!;
        Assert.False(activity["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        return (activity["nodes"]!.AsArray().Select(n => n!).ToList(), activity["totalCount"]!.GetValue<int>());
    }

    private async Task<List<string>> PageByPage(string token, int size)
    {
        var seen = new List<string>();
        string? after = null;
        for (var i = 0; i < 500; i++)
        {
            var activity = (await app.GraphQLAsync(Activity, new { first = size, after }, token)).Ok()["activity"]!;
            seen.AddRange(activity["nodes"]!.AsArray().Select(n => n!["data"]!.GetValue<string>()));
            if (!activity["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) return seen;
            after = activity["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        throw new InvalidOperationException("The feed did not end.");
    }

    private async Task<List<string>> Replay(string token, string topic)
    {
        await using var live = await app.ConnectLiveAsync(token);
        var result = await LiveRecorder.Subscribe(live, topic, 0);
        return result.Missed.Select(e => $"{e.Type} {e.Data.GetRawText()}").ToList();
    }
}
