using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A municipality with one need of each visibility, and a consortium with a left member.</summary>
public sealed class VisibilityWorld : SiloApp
{
    public const string Owner = "4601";     // Bergen
    public const string Neighbour = "4602"; // Kinn
    public const string Leaver = "4611";    // Etne
    public const string Supplier = "974760673";

    public Dictionary<string, string> NeedByVisibility { get; } = new();
    public string ConsortiumId { get; private set; } = "";
    public string OwnerToken { get; private set; } = "";

    public async Task SetUpAsync()
    {
        if (ConsortiumId != "") return;
        OwnerToken = await MunicipalityToken(Owner);
        foreach (var visibility in new[] { "PRIVATE", "MUNICIPALITIES", "PUBLIC" })
        {
            NeedByVisibility[visibility] = (await GraphQLAsync(
                "mutation($v: Visibility) { publishNeed(input: { title: \"Behov som er synlig\", description: \"d\", cpv: [\"34144900-7\"], category: GOODS, visibility: $v, neededFrom: \"2027-01-01\", neededTo: \"2027-06-30\" }) { id } }",
                new { v = visibility }, OwnerToken)).Ok()["publishNeed"]!["id"]!.GetValue<string>();
        }
        ConsortiumId = (await GraphQLAsync("mutation { createConsortium(input: { title: \"Elbiler\", description: \"d\" }) { id } }", token: OwnerToken))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        var leaver = await MunicipalityToken(Leaver);
        (await GraphQLAsync($"mutation {{ inviteToConsortium(consortiumId: \"{ConsortiumId}\", municipalityNumber: \"{Leaver}\") {{ id }} }}", token: OwnerToken)).Ok();
        (await GraphQLAsync($"mutation {{ respondToInvitation(consortiumId: \"{ConsortiumId}\", accept: true) {{ id }} }}", token: leaver)).Ok();
        (await GraphQLAsync($"mutation {{ recordAuthorization(consortiumId: \"{ConsortiumId}\", reference: \"Vedtak 12/34\") {{ id }} }}", token: leaver)).Ok();
        (await GraphQLAsync($"mutation {{ leaveConsortium(consortiumId: \"{ConsortiumId}\") {{ id }} }}", token: leaver)).Ok();
        (await GraphQLAsync($"mutation {{ inviteToConsortium(consortiumId: \"{ConsortiumId}\", municipalityNumber: \"{Neighbour}\", message: \"Privat hilsen\") {{ id }} }}", token: OwnerToken)).Ok();
    }

    public async Task<string?> TokenFor(string who) => who switch
    {
        "owner" => OwnerToken,
        "other municipality" => await MunicipalityToken("3301"),
        "supplier" => await SupplierToken(Supplier),
        "programme" => await ProgrammeToken(),
        _ => null,
    };
}

/// <summary>What each caller may see, in single lookups, lists, nested fields and live topics.</summary>
public sealed class VisibilityTests(VisibilityWorld world) : IClassFixture<VisibilityWorld>
{
    public static TheoryData<string, string, bool> NeedCases() => new()
    {
        { "PRIVATE", "owner", true }, { "PRIVATE", "other municipality", false }, { "PRIVATE", "supplier", false }, { "PRIVATE", "programme", false }, { "PRIVATE", "anonymous", false },
        { "MUNICIPALITIES", "owner", true }, { "MUNICIPALITIES", "other municipality", true }, { "MUNICIPALITIES", "supplier", false }, { "MUNICIPALITIES", "programme", true }, { "MUNICIPALITIES", "anonymous", false },
        { "PUBLIC", "owner", true }, { "PUBLIC", "other municipality", true }, { "PUBLIC", "supplier", true }, { "PUBLIC", "programme", true }, { "PUBLIC", "anonymous", true },
    };

    [Theory]
    [MemberData(nameof(NeedCases))]
    public async Task A_need_is_visible_exactly_as_its_visibility_says_in_lookups_lists_and_nested_fields(string visibility, string who, bool visible)
    {
        await world.SetUpAsync();
        var id = world.NeedByVisibility[visibility];
        var data = (await world.GraphQLAsync($$"""
            { need(id: "{{id}}") { id }
              needs(filter: { municipality: "{{VisibilityWorld.Owner}}" }, first: 50) { nodes { id } }
              municipality(number: "{{VisibilityWorld.Owner}}") { needs { id } } }
            """, token: await world.TokenFor(who))).Ok();

        Assert.Equal(visible, data["need"] is JsonObject);
        Assert.Equal(visible, Ids(data["needs"]!["nodes"]).Contains(id));
        Assert.Equal(visible, Ids(data["municipality"]!["needs"]).Contains(id));
    }

    [Fact]
    public async Task Similar_needs_never_show_a_need_the_caller_may_not_see()
    {
        await world.SetUpAsync();
        var other = await world.MunicipalityToken("3301");
        var mine = (await world.GraphQLAsync(
            "mutation { publishNeed(input: { title: \"Elbiler til hjemmetjenesten\", description: \"d\", cpv: [\"34144900-7\"], category: GOODS, neededFrom: \"2027-01-01\", neededTo: \"2027-06-30\" }) { id } }",
            token: other)).Ok()["publishNeed"]!["id"]!.GetValue<string>();
        await world.Settled();
        var matches = Ids((await world.GraphQLAsync($"{{ similarNeeds(needId: \"{mine}\") {{ need {{ id }} }} }}", token: other)).Ok()["similarNeeds"], "need");
        Assert.Contains(world.NeedByVisibility["PUBLIC"], matches);
        Assert.Contains(world.NeedByVisibility["MUNICIPALITIES"], matches);
        Assert.DoesNotContain(world.NeedByVisibility["PRIVATE"], matches);
    }

    [Fact]
    public async Task Another_municipality_sees_a_consortium_summary_without_internals()
    {
        await world.SetUpAsync();
        var query = $$"""{ consortium(id: "{{world.ConsortiumId}}") { id members { municipality { number } status authorizationReference } timeline { type } } }""";
        var outsider = (await world.GraphQLAsync(query, token: await world.TokenFor("other municipality"))).Ok()["consortium"]!;
        Assert.Empty(outsider["timeline"]!.AsArray());
        Assert.All(outsider["members"]!.AsArray(), m =>
        {
            Assert.Equal("JOINED", m!["status"]!.GetValue<string>());
            Assert.Null(m["authorizationReference"]);
        });

        var staff = (await world.GraphQLAsync(query, token: await world.TokenFor("programme"))).Ok()["consortium"]!;
        Assert.NotEmpty(staff["timeline"]!.AsArray());
        Assert.Contains(staff["members"]!.AsArray(), m => m!["status"]!.GetValue<string>() == "INVITED");
    }

    [Theory]
    [InlineData("supplier")]
    [InlineData("anonymous")]
    public async Task A_consortium_without_an_announced_event_does_not_exist_for_suppliers_and_the_public(string who)
    {
        await world.SetUpAsync();
        var data = (await world.GraphQLAsync($$"""{ consortium(id: "{{world.ConsortiumId}}") { id } consortia(first: 200) { nodes { id } totalCount } }""",
            token: await world.TokenFor(who))).Ok();
        Assert.Null(data["consortium"]);
        Assert.DoesNotContain(world.ConsortiumId, Ids(data["consortia"]!["nodes"]));
    }

    [Theory]
    [InlineData("other municipality")]
    [InlineData("supplier")]
    [InlineData("programme")]
    [InlineData("anonymous")]
    public async Task Invitations_are_the_invited_municipality_s_own(string who)
    {
        await world.SetUpAsync();
        var invitations = (await world.GraphQLAsync($$"""{ municipality(number: "{{VisibilityWorld.Neighbour}}") { invitations { message } } }""",
            token: await world.TokenFor(who))).Ok()["municipality"]!["invitations"]!.AsArray();
        Assert.Empty(invitations);

        var own = (await world.GraphQLAsync($$"""{ municipality(number: "{{VisibilityWorld.Neighbour}}") { invitations { message } } }""",
            token: await world.MunicipalityToken(VisibilityWorld.Neighbour))).Ok()["municipality"]!["invitations"]!.AsArray();
        Assert.Equal("Privat hilsen", Assert.Single(own)!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("owner", "FORBIDDEN")]
    [InlineData("supplier", "FORBIDDEN")]
    [InlineData("anonymous", "UNAUTHENTICATED")]
    public async Task The_programme_overview_and_feed_are_for_programme_staff_only(string who, string code)
    {
        await world.SetUpAsync();
        var token = await world.TokenFor(who);
        Assert.Equal(code, (await world.GraphQLAsync("{ programmeOverview { needCount } }", token: token)).ErrorCode);
        Assert.Equal(code, (await world.GraphQLAsync("{ activity { totalCount } }", token: token)).ErrorCode);
    }

    [Theory]
    [InlineData("other municipality", "municipality/4601", "FORBIDDEN")]
    [InlineData("supplier", "municipality/4601", "FORBIDDEN")]
    [InlineData("anonymous", "municipality/4601", "FORBIDDEN")]
    [InlineData("owner", "programme", "FORBIDDEN")]
    [InlineData("supplier", "programme", "FORBIDDEN")]
    [InlineData("other municipality", "consortium", "FORBIDDEN")]
    [InlineData("supplier", "consortium", "NOT_FOUND")]
    [InlineData("anonymous", "consortium", "NOT_FOUND")]
    [InlineData("owner", "consortium/does-not-exist", "NOT_FOUND")]
    [InlineData("owner", "weather/bergen", "NOT_FOUND")]
    public async Task A_live_topic_the_caller_may_not_have_is_refused(string who, string topic, string code)
    {
        await world.SetUpAsync();
        if (topic == "consortium") topic = $"consortium/{world.ConsortiumId}";
        await using var live = await world.ConnectLiveAsync(await world.TokenFor(who));
        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, topic));
        Assert.StartsWith($"{code}: ", ex.Message);
    }

    [Fact]
    public async Task A_member_that_left_is_refused_the_consortium_topic_when_it_subscribes_again()
    {
        await world.SetUpAsync();
        await using var live = await world.ConnectLiveAsync(await world.MunicipalityToken(VisibilityWorld.Leaver));
        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, $"consortium/{world.ConsortiumId}"));
        Assert.StartsWith("FORBIDDEN: ", ex.Message);

        await using var invited = await world.ConnectLiveAsync(await world.MunicipalityToken(VisibilityWorld.Neighbour));
        var granted = await LiveRecorder.Subscribe(invited, $"consortium/{world.ConsortiumId}");
        Assert.True(granted.Sequence > 0);
    }

    private static List<string> Ids(JsonNode? list, string? inner = null) =>
        list!.AsArray().Select(n => (inner is null ? n! : n![inner]!)["id"]!.GetValue<string>()).ToList();
}

/// <summary>A consortium in MARKET_DIALOGUE with an announced event, two registered suppliers, an open and an answered question.</summary>
public sealed class DialogueVisibilityWorld : SiloApp
{
    public const string Lead = "1103";      // Stavanger
    public const string Member = "1108";    // Sandnes
    public const string Outsider = "1106";  // Haugesund

    public string ConsortiumId { get; private set; } = "";
    public string HiddenConsortiumId { get; private set; } = "";
    public string EventId { get; private set; } = "";
    public string Asker { get; } = OrgNumbers.Next();
    public string Other { get; } = OrgNumbers.Next();
    public string OpenQuestionId { get; private set; } = "";
    public string AnsweredQuestionId { get; private set; } = "";
    private readonly Dictionary<string, string> _tokens = new();

    public async Task SetUpAsync()
    {
        if (ConsortiumId != "") return;
        var (id, lead, member) = await this.ConsortiumInDialogueAsync(Lead, Member, cpv: "33196200-2");
        ConsortiumId = id;
        _tokens["lead"] = lead;
        _tokens["member"] = member;
        HiddenConsortiumId = (await GraphQLAsync("mutation { createConsortium(input: { title: \"Ikke annonsert\", description: \"d\" }) { id } }", token: lead))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        EventId = (await this.AnnounceAsync(lead, DialogueApi.Announcement(id, DateTimeOffset.UtcNow)))["id"]!.GetValue<string>();
        _tokens["asker"] = await this.SupplierAsync(Asker, ("COUNTY", "11"));
        _tokens["other supplier"] = await this.SupplierAsync(Other);
        (await this.RegisterAsync(_tokens["asker"], EventId, 2)).Ok();
        (await this.RegisterAsync(_tokens["other supplier"], EventId, 1)).Ok();
        AnsweredQuestionId = (await this.AskAsync(_tokens["asker"], id, "Besvart spørsmål?")).Ok()["askQuestion"]!["id"]!.GetValue<string>();
        OpenQuestionId = (await this.AskAsync(_tokens["asker"], id, "Åpent spørsmål?")).Ok()["askQuestion"]!["id"]!.GetValue<string>();
        (await this.AnswerAsync(lead, AnsweredQuestionId)).Ok();
        _tokens["outsider"] = await MunicipalityToken(Outsider);
        _tokens["programme"] = await ProgrammeToken();
    }

    public string? TokenFor(string who) => _tokens.GetValueOrDefault(who);
}

/// <summary>Who sees what of the market dialogue: consortia, events, registrations, questions, suppliers and live topics.</summary>
public sealed class DialogueVisibilityTests(DialogueVisibilityWorld world) : IClassFixture<DialogueVisibilityWorld>
{
    [Theory]
    [InlineData("asker")]
    [InlineData("anonymous")]
    public async Task Suppliers_and_the_public_see_an_announced_consortium_s_public_parts_only_and_never_an_unannounced_one(string who)
    {
        await world.SetUpAsync();
        var data = (await world.GraphQLAsync($$"""
            { consortium(id: "{{world.ConsortiumId}}") { id members { status authorizationReference } timeline { type } answerDistribution { questionId } dialogueEvents { id } }
              hidden: consortium(id: "{{world.HiddenConsortiumId}}") { id }
              consortia(first: 200) { nodes { id } } }
            """, token: world.TokenFor(who))).Ok();
        var c = data["consortium"]!;
        Assert.Empty(c["timeline"]!.AsArray());
        Assert.Empty(c["answerDistribution"]!.AsArray());
        Assert.Single(c["dialogueEvents"]!.AsArray());
        Assert.All(c["members"]!.AsArray(), m => Assert.Null(m!["authorizationReference"]));
        Assert.Null(data["hidden"]);
        var listed = data["consortia"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(world.ConsortiumId, listed);
        Assert.DoesNotContain(world.HiddenConsortiumId, listed);
    }

    [Theory]
    [InlineData("asker", true, true)]
    [InlineData("other supplier", false, false)]
    [InlineData("anonymous", false, false)]
    [InlineData("outsider", false, false)]
    [InlineData("member", true, true)]
    [InlineData("programme", true, true)]
    public async Task An_open_question_shows_to_the_asker_and_members_only_and_the_asker_only_to_them(string who, bool seesOpen, bool seesAsker)
    {
        await world.SetUpAsync();
        var questions = (await world.GraphQLAsync($$"""{ consortium(id: "{{world.ConsortiumId}}") { questions { id answer askedBy { orgNumber } } } }""", token: world.TokenFor(who)))
            .Ok()["consortium"]!["questions"]!.AsArray();
        var ids = questions.Select(q => q!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(world.AnsweredQuestionId, ids);
        Assert.Equal(seesOpen, ids.Contains(world.OpenQuestionId));
        Assert.All(questions, q => Assert.Equal(seesAsker, q!["askedBy"] is not null));
    }

    [Theory]
    [InlineData("asker", 1)]
    [InlineData("other supplier", 1)]
    [InlineData("anonymous", 0)]
    [InlineData("outsider", 0)]
    [InlineData("member", 2)]
    [InlineData("programme", 2)]
    public async Task Registrations_show_to_members_and_staff_and_each_supplier_its_own_in_lookups_lists_and_nested_fields(string who, int visible)
    {
        await world.SetUpAsync();
        var data = (await world.GraphQLAsync($$"""
            { dialogueEvent(id: "{{world.EventId}}") { registrationCount registrations { supplier { orgNumber } } }
              dialogueEvents(filter: { consortium: "{{world.ConsortiumId}}" }) { nodes { registrations { attendees } } }
              consortium(id: "{{world.ConsortiumId}}") { dialogueEvents { registrations { attendees } } } }
            """, token: world.TokenFor(who))).Ok();
        Assert.Equal(2, data["dialogueEvent"]!["registrationCount"]!.GetValue<int>());
        Assert.Equal(visible, data["dialogueEvent"]!["registrations"]!.AsArray().Count);
        Assert.Equal(visible, data["dialogueEvents"]!["nodes"]![0]!["registrations"]!.AsArray().Count);
        Assert.Equal(visible, data["consortium"]!["dialogueEvents"]![0]!["registrations"]!.AsArray().Count);
        if (who is "asker" or "other supplier")
        {
            var own = who == "asker" ? world.Asker : world.Other;
            Assert.Equal(own, data["dialogueEvent"]!["registrations"]![0]!["supplier"]!["orgNumber"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("asker", true, true)]
    [InlineData("programme", true, true)]
    [InlineData("member", true, false)]
    [InlineData("other supplier", false, false)]
    [InlineData("anonymous", false, false)]
    public async Task A_supplier_s_profile_shows_its_follows_and_registrations_to_itself_and_staff_and_its_name_to_municipalities(string who, bool visible, bool full)
    {
        await world.SetUpAsync();
        var supplier = (await world.GraphQLAsync($$"""{ supplier(orgNumber: "{{world.Asker}}") { name follows { value } registrations { attendees } } }""", token: world.TokenFor(who)))
            .Ok()["supplier"];
        Assert.Equal(visible, supplier is JsonObject);
        if (!visible) return;
        Assert.Equal(full ? 1 : 0, supplier!["follows"]!.AsArray().Count);
        Assert.Equal(full ? 1 : 0, supplier["registrations"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("other supplier", "supplier/asker", "FORBIDDEN")]
    [InlineData("member", "supplier/asker", "FORBIDDEN")]
    [InlineData("anonymous", "supplier/asker", "FORBIDDEN")]
    [InlineData("asker", "supplier/923609017", "NOT_FOUND")]
    [InlineData("anonymous", "dialogue/does-not-exist", "NOT_FOUND")]
    public async Task A_dialogue_topic_the_caller_may_not_have_is_refused(string who, string topic, string code)
    {
        await world.SetUpAsync();
        topic = topic.Replace("asker", world.Asker);
        await using var live = await world.ConnectLiveAsync(world.TokenFor(who));
        var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, topic));
        Assert.StartsWith($"{code}: ", ex.Message);
    }

    [Theory]
    [InlineData("asker", "supplier/asker")]
    [InlineData("programme", "supplier/asker")]
    [InlineData("anonymous", "dialogue/event")]
    [InlineData("other supplier", "dialogue/event")]
    public async Task A_dialogue_topic_the_caller_may_have_is_granted_with_its_history(string who, string topic)
    {
        await world.SetUpAsync();
        topic = topic.Replace("asker", world.Asker).Replace("event", world.EventId);
        await using var live = await world.ConnectLiveAsync(world.TokenFor(who));
        var granted = await LiveRecorder.Subscribe(live, topic, 0);
        Assert.NotEmpty(granted.Missed);
        // The public event topic carries counts, never who registered.
        if (topic.StartsWith("dialogue/", StringComparison.Ordinal))
            Assert.All(granted.Missed, e => Assert.DoesNotContain(world.Asker, e.Data.GetRawText()));
    }

    [Fact]
    public async Task The_public_stream_of_the_consortium_topic_carries_announcements_and_answers_but_never_questions_or_askers()
    {
        await world.SetUpAsync();
        await using var live = await world.ConnectLiveAsync(world.TokenFor("other supplier"));
        var granted = await LiveRecorder.Subscribe(live, $"consortium/{world.ConsortiumId}", 0);
        var types = granted.Missed.Select(e => e.Type).ToList();
        Assert.Contains("DialogueEventAnnounced", types);
        Assert.Contains("AnswerPublished", types);
        Assert.DoesNotContain("QuestionAsked", types);
        Assert.DoesNotContain("SupplierRegistered", types);
        Assert.All(granted.Missed, e => Assert.DoesNotContain(world.Asker, e.Data.GetRawText()));
    }
}
