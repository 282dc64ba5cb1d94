using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// For every kind of caller, every filter of the consortia, needs and dialogueEvents connections returns exactly the
/// nodes the caller sees unfiltered that match the filter by hand, and totalCount counts exactly those: no filter,
/// count or order is computed over more than the caller may see.
/// </summary>
public sealed class ConnectionFilterPropertyTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Lead = "1804", Member = "1806", Invited = "1833", OtherLead = "5001", Outsider = "4601";
    private static readonly string[] Numbers = [Lead, Member, Invited, OtherLead, Outsider];
    private static readonly string[] CpvPrefixes = ["48", "481", "4810", "33", "72000000-5"];

    // One world per fixture (xunit makes a new instance of this class per test).
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static string? _announced, _quiet;
    private static SiloApp? _builtOn;

    private async Task WorldAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_builtOn != app) await BuildWorldAsync();
            _builtOn = app;
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task BuildWorldAsync()
    {
        var (announced, lead, _) = await app.ConsortiumInDialogueAsync(Lead, Member, "48100000-9");
        (await app.GraphQLAsync("mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = announced, m = Invited }, lead)).Ok();
        await app.AnnounceAsync(lead, DialogueApi.Announcement(announced, DateTimeOffset.UtcNow));
        var otherLead = await app.MunicipalityToken(OtherLead);
        var quiet = (await app.GraphQLAsync("mutation { createConsortium(input: { title: \"Stille samarbeid\", description: \"d\" }) { id } }", token: otherLead))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        (await app.GraphQLAsync("mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = quiet, m = Lead }, otherLead)).Ok();
        foreach (var (visibility, cpv, open) in new[] { ("PRIVATE", "48100000-9", true), ("MUNICIPALITIES", "33196200-2", false), ("PUBLIC", "72000000-5", true), ("PRIVATE", "33196200-2", false) })
            (await app.GraphQLAsync("mutation($v: Visibility, $c: String!, $o: Boolean) { publishNeed(input: { title: \"Behov til filtre\", description: \"d\", cpv: [$c], category: SERVICES, visibility: $v, openToCollaboration: $o }) { id } }",
                new { v = visibility, c = cpv, o = open }, lead)).Ok();
        (_announced, _quiet) = (announced, quiet);
    }

    public static TheoryData<string> Callers() => new() { "anonymous", "supplier", "lead", "member", "invited", "other lead", "outsider", "programme" };

    private async Task<string?> Token(string who) => who switch
    {
        "supplier" => await app.SupplierToken("974760673"),
        "lead" => await app.MunicipalityToken(Lead),
        "member" => await app.MunicipalityToken(Member),
        "invited" => await app.MunicipalityToken(Invited),
        "other lead" => await app.MunicipalityToken(OtherLead),
        "outsider" => await app.MunicipalityToken(Outsider),
        "programme" => await app.ProgrammeToken(),
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_consortia_filter_and_count_equals_filtering_the_visible_nodes(string who)
    {
        await WorldAsync();
        var token = await Token(who);
        const string Nodes = "totalCount nodes { id phase cpv { code } members { municipality { number } status } }";
        var all = await Connection(token, "consortia", "{}", Nodes);

        foreach (var number in Numbers)
            await AssertFilter(token, "consortia", $"{{ member: \"{number}\" }}", Nodes, all,
                n => n["members"]!.AsArray().Any(m => m!["municipality"]!["number"]!.GetValue<string>() == number
                    && m["status"]!.GetValue<string>() is "JOINED" or "INVITED"));
        foreach (var phase in new[] { "FORMING", "MARKET_DIALOGUE", "COMPETITION" })
            await AssertFilter(token, "consortia", $"{{ phase: {phase} }}", Nodes, all, n => n["phase"]!.GetValue<string>() == phase);
        foreach (var prefix in CpvPrefixes)
            await AssertFilter(token, "consortia", $"{{ cpvPrefix: \"{prefix}\" }}", Nodes, all, n => Cpv(n).Any(c => c.StartsWith(Prefix(prefix), StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_needs_filter_and_count_equals_filtering_the_visible_nodes(string who)
    {
        await WorldAsync();
        var token = await Token(who);
        const string Nodes = "totalCount nodes { id municipality { number } cpv { code } openToCollaboration }";
        var all = await Connection(token, "needs", "{}", Nodes);

        foreach (var number in Numbers)
            await AssertFilter(token, "needs", $"{{ municipality: \"{number}\" }}", Nodes, all, n => n["municipality"]!["number"]!.GetValue<string>() == number);
        foreach (var open in new[] { true, false })
            await AssertFilter(token, "needs", $"{{ openToCollaboration: {(open ? "true" : "false")} }}", Nodes, all, n => n["openToCollaboration"]!.GetValue<bool>() == open);
        foreach (var prefix in CpvPrefixes)
            await AssertFilter(token, "needs", $"{{ cpvPrefix: \"{prefix}\" }}", Nodes, all, n => Cpv(n).Any(c => c.StartsWith(Prefix(prefix), StringComparison.Ordinal)));
        // Text matching is the index's (stems, compounds), so by hand only: never a node outside the visible ones, and
        // a count of exactly the nodes found.
        foreach (var text in new[] { "filtre", "behov", "Felles behov" })
        {
            var found = await Connection(token, "needs", $"{{ text: \"{text}\" }}", Nodes);
            Assert.Empty(Ids(found).Except(Ids(all)));
            Assert.Equal(Ids(found).Count, found["totalCount"]!.GetValue<int>());
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_dialogue_events_filter_and_count_equals_filtering_the_visible_nodes(string who)
    {
        await WorldAsync();
        var token = await Token(who);
        const string Nodes = "totalCount nodes { id startsAt cpv { code } consortium { id } }";
        var all = await Connection(token, "dialogueEvents", "{}", Nodes);

        foreach (var consortium in new[] { _announced!, _quiet! })
            await AssertFilter(token, "dialogueEvents", $"{{ consortium: \"{consortium}\" }}", Nodes, all, n => n["consortium"]!["id"]!.GetValue<string>() == consortium);
        var soon = DateTimeOffset.UtcNow.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        await AssertFilter(token, "dialogueEvents", $"{{ from: \"{soon}\" }}", Nodes, all, n => n["startsAt"]!.GetValue<DateTimeOffset>() >= DateTimeOffset.Parse(soon));
        await AssertFilter(token, "dialogueEvents", $"{{ to: \"{soon}\" }}", Nodes, all, n => n["startsAt"]!.GetValue<DateTimeOffset>() <= DateTimeOffset.Parse(soon));
        foreach (var prefix in CpvPrefixes)
            await AssertFilter(token, "dialogueEvents", $"{{ cpvPrefix: \"{prefix}\" }}", Nodes, all, n => Cpv(n).Any(c => c.StartsWith(Prefix(prefix), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_invitation_of_issue_18_does_not_leak_through_the_member_filter()
    {
        await WorldAsync();
        // 5001 sees the announced consortium's summary, whose members list shows no open invitation.
        var found = await Connection(await app.MunicipalityToken(OtherLead), "consortia", $"{{ member: \"{Invited}\" }}", "totalCount nodes { id }");
        Assert.DoesNotContain(_announced, Ids(found));
        Assert.Equal(0, found["totalCount"]!.GetValue<int>());
        foreach (var who in new[] { "anonymous", "supplier" })
            Assert.Empty(Ids(await Connection(await Token(who), "consortia", $"{{ member: \"{Invited}\" }}", "totalCount nodes { id }")));
        Assert.Contains(_announced, Ids(await Connection(await Token("invited"), "consortia", $"{{ member: \"{Invited}\" }}", "nodes { id }")));
    }

    private async Task AssertFilter(string? token, string field, string filter, string nodes, JsonNode all, Func<JsonNode, bool> match)
    {
        var expected = all["nodes"]!.AsArray().Where(n => match(n!)).Select(n => n!["id"]!.GetValue<string>()).ToList();
        var actual = await Connection(token, field, filter, nodes);
        Assert.True(expected.SequenceEqual(Ids(actual)), $"{field}(filter: {filter}): expected [{string.Join(", ", expected)}], got [{string.Join(", ", Ids(actual))}]");
        Assert.True(expected.Count == actual["totalCount"]!.GetValue<int>(), $"{field}(filter: {filter}): totalCount {actual["totalCount"]} for {expected.Count} visible nodes");
    }

    private async Task<JsonNode> Connection(string? token, string field, string filter, string nodes) =>
        (await app.GraphQLAsync($"{{ c: {field}(filter: {filter}, first: 30) {{ {nodes} }} }}", token: token)).Ok()["c"]!;

    private static List<string> Ids(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
    private static IEnumerable<string> Cpv(JsonNode node) => node["cpv"]!.AsArray().Select(c => c!["code"]!.GetValue<string>());
    private static string Prefix(string prefix) => prefix.Split('-')[0].TrimEnd('0');
}
