using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>The market dialogue through HTTP GraphQL and the live hub on a real silo: each rule tried and broken.</summary>
public sealed class DialogueGraphQLTests(ClockedSiloApp app) : IClassFixture<ClockedSiloApp>
{
    [Fact]
    public async Task A_supplier_following_an_unrelated_CPV_code_hears_nothing_while_a_follower_of_the_division_hears_it_live()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("1804", "1806", cpv: "48100000-9");
        var unrelated = OrgNumbers.Next();
        var related = OrgNumbers.Next();
        var unrelatedToken = await app.SupplierAsync(unrelated, ("CPV", "72000000-5"));
        var relatedToken = await app.SupplierAsync(related, ("CPV", "48000000-8"));
        await using var unrelatedLive = await app.ConnectLiveAsync(unrelatedToken);
        await using var relatedLive = await app.ConnectLiveAsync(relatedToken);
        var unrelatedHeard = new LiveRecorder(unrelatedLive);
        var relatedHeard = new LiveRecorder(relatedLive);
        await LiveRecorder.Subscribe(unrelatedLive, $"supplier/{unrelated}");
        await LiveRecorder.Subscribe(relatedLive, $"supplier/{related}");

        var e = await app.AnnounceAsync(lead, DialogueApi.Announcement(id, app.Clock.GetUtcNow()));

        var heard = await relatedHeard.WaitFor(x => x.Type == "DialogueEventAnnounced");
        Assert.Equal(e["id"]!.GetValue<string>(), heard.Data.GetProperty("eventId").GetString());
        Assert.Equal(id, heard.Data.GetProperty("consortiumId").GetString());
        // Anything for the unrelated supplier would have been published before the related one's: it is not there.
        var replay = await LiveRecorder.Subscribe(unrelatedLive, $"supplier/{unrelated}", afterSequence: 0);
        Assert.DoesNotContain(replay.Missed, x => x.Type == "DialogueEventAnnounced");
        Assert.DoesNotContain(unrelatedHeard.Events, x => x.Type == "DialogueEventAnnounced");
    }

    [Fact]
    public async Task A_repeated_registration_counts_once()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("1820", "1822");
        var e = await app.AnnounceAsync(lead, DialogueApi.Announcement(id, app.Clock.GetUtcNow()));
        var eventId = e["id"]!.GetValue<string>();
        var token = await app.SupplierAsync(OrgNumbers.Next());

        (await app.RegisterAsync(token, eventId, 2)).Ok();
        (await app.RegisterAsync(token, eventId, 2)).Ok();
        var last = (await app.RegisterAsync(token, eventId, 3)).Ok()["registerForDialogueEvent"]!;

        Assert.Equal(1, last["event"]!["registrationCount"]!.GetValue<int>());
        Assert.Equal(3, last["event"]!["attendeeCount"]!.GetValue<int>());
        var mine = (await app.GraphQLAsync("{ viewer { supplier { registrations { attendees event { id } } } } }", token: token)).Ok();
        Assert.Single(mine["viewer"]!["supplier"]!["registrations"]!.AsArray());
    }

    [Fact]
    public async Task Registration_beyond_capacity_is_refused_and_nothing_is_written()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("1824", "1825");
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, app.Clock.GetUtcNow(), capacity: 3)))["id"]!.GetValue<string>();
        var first = await app.SupplierAsync(OrgNumbers.Next());
        var second = await app.SupplierAsync(OrgNumbers.Next());
        (await app.RegisterAsync(first, eventId, 2)).Ok();

        var refused = await app.RegisterAsync(second, eventId, 2);

        Assert.Equal(("RULE_VIOLATION", "REGISTRATION_WINDOW"), (refused.ErrorCode, refused.ErrorRule));
        var e = (await app.GraphQLAsync("query($e: ID!) { dialogueEvent(id: $e) { registrationCount attendeeCount } }", new { e = eventId })).Ok()["dialogueEvent"]!;
        Assert.Equal((1, 2), (e["registrationCount"]!.GetValue<int>(), e["attendeeCount"]!.GetValue<int>()));
        Assert.Empty((await app.GraphQLAsync("{ viewer { supplier { registrations { attendees } } } }", token: second)).Ok()["viewer"]!["supplier"]!["registrations"]!.AsArray());
        (await app.RegisterAsync(second, eventId, 1)).Ok();
    }

    [Fact]
    public async Task An_answer_reaches_every_registered_supplier_live_and_never_carries_the_asker()
    {
        var (id, lead, member) = await app.ConsortiumInDialogueAsync("1828", "1832");
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, app.Clock.GetUtcNow())))["id"]!.GetValue<string>();
        var asker = OrgNumbers.Next();
        var other = OrgNumbers.Next();
        var askerToken = await app.SupplierAsync(asker);
        var otherToken = await app.SupplierAsync(other);
        (await app.RegisterAsync(askerToken, eventId)).Ok();
        (await app.RegisterAsync(otherToken, eventId)).Ok();
        await using var otherLive = await app.ConnectLiveAsync(otherToken);
        var otherHeard = new LiveRecorder(otherLive);
        await LiveRecorder.Subscribe(otherLive, $"supplier/{other}");
        await using var publicLive = await app.ConnectLiveAsync(null);
        var publicHeard = new LiveRecorder(publicLive);
        await LiveRecorder.Subscribe(publicLive, $"consortium/{id}");

        var question = (await app.AskAsync(askerToken, id)).Ok()["askQuestion"]!;
        Assert.Equal(asker, question["askedBy"]!["orgNumber"]!.GetValue<string>());
        var questionId = question["id"]!.GetValue<string>();
        // Before it is answered, another supplier and the public do not see the question at all.
        Assert.Empty((await app.GraphQLAsync("query($c: ID!) { consortium(id: $c) { questions { id } } }", new { c = id }, otherToken)).Ok()["consortium"]!["questions"]!.AsArray());
        var answered = (await app.AnswerAsync(lead, questionId)).Ok()["answerQuestion"]!;
        Assert.Equal("EN 50134 gjelder.", answered["answer"]!.GetValue<string>());

        var heard = await otherHeard.WaitFor(x => x.Type == "AnswerPublished");
        Assert.Equal("EN 50134 gjelder.", heard.Data.GetProperty("answer").GetString());
        Assert.Equal(questionId, heard.Data.GetProperty("questionId").GetString());
        Assert.DoesNotContain(asker, heard.Data.GetRawText());
        var onPublic = await publicHeard.WaitFor(x => x.Type == "AnswerPublished");
        Assert.DoesNotContain(asker, onPublic.Data.GetRawText());
        var askerReplay = await app.ConnectLiveAsync(askerToken);
        await using (askerReplay)
        {
            var missed = (await LiveRecorder.Subscribe(askerReplay, $"supplier/{asker}", 0)).Missed;
            Assert.Single(missed, x => x.Type == "AnswerPublished");
        }

        // Read back: another supplier and the public see the answer, not the asker; members see both.
        foreach (var token in new[] { otherToken, null })
        {
            var q = Assert.Single((await app.GraphQLAsync("query($c: ID!) { consortium(id: $c) { questions { id answer askedBy { orgNumber } } } }", new { c = id }, token))
                .Ok()["consortium"]!["questions"]!.AsArray())!;
            Assert.Null(q["askedBy"]);
            Assert.Equal("EN 50134 gjelder.", q["answer"]!.GetValue<string>());
        }
        var members = (await app.GraphQLAsync("query($c: ID!) { consortium(id: $c) { questions { askedBy { orgNumber name } } answerDistribution { questionId recipientCount supplierOrgNumbers } } }", new { c = id }, member)).Ok()["consortium"]!;
        Assert.Equal(asker, members["questions"]![0]!["askedBy"]!["orgNumber"]!.GetValue<string>());
        var log = Assert.Single(members["answerDistribution"]!.AsArray())!;
        Assert.Equal(new[] { asker, other }.Order(StringComparer.Ordinal), log["supplierOrgNumbers"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty((await app.GraphQLAsync("query($c: ID!) { consortium(id: $c) { answerDistribution { questionId } } }", new { c = id }, otherToken)).Ok()["consortium"]!["answerDistribution"]!.AsArray());
    }

    [Fact]
    public async Task A_question_after_COMPETITION_starts_is_refused()
    {
        var (id, lead, member) = await app.ConsortiumInDialogueAsync("1833", "1834");
        await app.AnnounceAsync(lead, DialogueApi.Announcement(id, app.Clock.GetUtcNow()));
        var token = await app.SupplierAsync(OrgNumbers.Next());
        (await app.AskAsync(token, id)).Ok();
        (await app.GraphQLAsync("mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Vedtak 2027/1\") { id } }", new { c = id }, member)).Ok();
        await app.AdvanceAsync(id, lead, "COMPETITION");

        var refused = await app.AskAsync(token, id, "Kan vi spørre nå?");

        Assert.Equal(("RULE_VIOLATION", "DIALOGUE_WINDOW"), (refused.ErrorCode, refused.ErrorRule));
        Assert.Single((await app.GraphQLAsync("query($c: ID!) { consortium(id: $c) { questions { id } } }", new { c = id }, token)).Ok()["consortium"]!["questions"]!.AsArray());
    }

    [Fact]
    public async Task Announcing_is_for_the_lead_in_the_dialogue_phases_and_cancelling_tells_registered_suppliers()
    {
        var (id, lead, member) = await app.ConsortiumInDialogueAsync("1835", "1836", toMarketDialogue: false);
        var input = DialogueApi.Announcement(id, app.Clock.GetUtcNow());
        var byMember = await app.GraphQLAsync(DialogueApi.AnnounceMutation, new { i = input }, member);
        Assert.Equal(("RULE_VIOLATION", "LEAD_ONLY"), (byMember.ErrorCode, byMember.ErrorRule));
        var e = await app.AnnounceAsync(lead, input);
        Assert.Equal(("ANNOUNCED", "CONFERENCE"), (e["status"]!.GetValue<string>(), e["kind"]!.GetValue<string>()));
        var eventId = e["id"]!.GetValue<string>();
        var org = OrgNumbers.Next();
        var token = await app.SupplierAsync(org);
        (await app.RegisterAsync(token, eventId)).Ok();
        var staff = await app.ProgrammeToken();
        var before = (await app.GraphQLAsync("{ programmeOverview { dialogueEventsAnnounced supplierRegistrations } }", token: staff)).Ok()["programmeOverview"]!;

        var cancelled = (await app.GraphQLAsync("mutation($e: ID!) { cancelDialogueEvent(id: $e, reason: \"Flyttet til våren\") { status cancelReason } }", new { e = eventId }, lead)).Ok();

        Assert.Equal("CANCELLED", cancelled["cancelDialogueEvent"]!["status"]!.GetValue<string>());
        await using var live = await app.ConnectLiveAsync(token);
        var missed = (await LiveRecorder.Subscribe(live, $"supplier/{org}", 0)).Missed;
        Assert.Single(missed, x => x.Type == "DialogueEventCancelled" && x.Data.GetProperty("reason").GetString() == "Flyttet til våren");
        var after = (await app.GraphQLAsync("{ programmeOverview { dialogueEventsAnnounced supplierRegistrations } activity(first: 20) { nodes { type } } }", token: staff)).Ok();
        Assert.Equal(before["dialogueEventsAnnounced"]!.GetValue<int>() - 1, after["programmeOverview"]!["dialogueEventsAnnounced"]!.GetValue<int>());
        Assert.Equal(before["supplierRegistrations"]!.GetValue<int>() - 1, after["programmeOverview"]!["supplierRegistrations"]!.GetValue<int>());
        var types = after["activity"]!["nodes"]!.AsArray().Select(n => n!["type"]!.GetValue<string>()).ToList();
        Assert.Contains("DialogueEventAnnounced", types);
        Assert.Contains("DialogueEventCancelled", types);
    }

    [Fact]
    public async Task Dialogue_events_are_listed_for_anonymous_callers_with_filters_and_pages()
    {
        var (a, leadA, _) = await app.ConsortiumInDialogueAsync("1837", "1838", cpv: "90500000-2");
        var (b, leadB, _) = await app.ConsortiumInDialogueAsync("1839", "1840", cpv: "33196200-2");
        var now = app.Clock.GetUtcNow();
        var early = (await app.AnnounceAsync(leadA, DialogueApi.Announcement(a, now, deadlineIn: TimeSpan.FromDays(100))))["id"]!.GetValue<string>();
        var late = (await app.AnnounceAsync(leadA, DialogueApi.Announcement(a, now, deadlineIn: TimeSpan.FromDays(200))))["id"]!.GetValue<string>();
        var other = (await app.AnnounceAsync(leadB, DialogueApi.Announcement(b, now, deadlineIn: TimeSpan.FromDays(150))))["id"]!.GetValue<string>();

        async Task<List<string>> List(object filter, int first = 50, string? after = null) =>
            (await app.GraphQLAsync("query($f: DialogueEventFilter, $n: Int, $a: String) { dialogueEvents(filter: $f, first: $n, after: $a) { nodes { id } } }", new { f = filter, n = first, a = after }))
                .Ok()["dialogueEvents"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

        Assert.Equal([early, late], await List(new { consortium = a }));
        Assert.Equal([early, late], await List(new { cpvPrefix = "905" }));
        Assert.Equal([other], await List(new { cpvPrefix = "33196200-2" }));
        var window = await List(new { from = DialogueApi.Iso(now.AddDays(120)), to = DialogueApi.Iso(now.AddDays(180)) });
        Assert.Contains(other, window);
        Assert.DoesNotContain(early, window);
        Assert.DoesNotContain(late, window);

        var page = (await app.GraphQLAsync("query($c: ID) { dialogueEvents(filter: { consortium: $c }, first: 1) { nodes { id consortium { id title } } totalCount pageInfo { hasNextPage endCursor } } }", new { c = a }))
            .Ok()["dialogueEvents"]!;
        Assert.Equal(2, page["totalCount"]!.GetValue<int>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(a, page["nodes"]![0]!["consortium"]!["id"]!.GetValue<string>());
        Assert.Equal([late], await List(new { consortium = a }, 1, page["pageInfo"]!["endCursor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_public_listing_filters_by_county_kind_cpv_and_upcoming_before_paging_and_orders_by_announcement()
    {
        var (north, leadN, _) = await app.ConsortiumInDialogueAsync("5601", "5603", cpv: "30200000-1");
        var (west, leadW, _) = await app.ConsortiumInDialogueAsync("4601", "4602", cpv: "33196200-2");
        var now = app.Clock.GetUtcNow();
        var conference = (await app.AnnounceAsync(leadN, DialogueApi.Announcement(north, now, deadlineIn: TimeSpan.FromDays(30))))["id"]!.GetValue<string>();
        var webinarInput = DialogueApi.Announcement(west, now, deadlineIn: TimeSpan.FromDays(20));
        webinarInput["kind"] = "WEBINAR";
        var webinar = (await app.AnnounceAsync(leadW, webinarInput))["id"]!.GetValue<string>();
        var called = (await app.AnnounceAsync(leadW, DialogueApi.Announcement(west, now, deadlineIn: TimeSpan.FromDays(40))))["id"]!.GetValue<string>();
        (await app.GraphQLAsync("mutation($e: ID!) { cancelDialogueEvent(id: $e, reason: \"Avlyst\") { status } }", new { e = called }, leadW)).Ok();
        string[] ours = [conference, webinar, called];

        async Task<(List<string> Ids, int Total)> List(object filter, string order = "STARTS_AT", int first = 50)
        {
            var page = (await app.GraphQLAsync("query($f: DialogueEventFilter, $o: DialogueEventOrder, $n: Int) { dialogueEvents(filter: $f, orderBy: $o, first: $n) { totalCount nodes { id } } }",
                new { f = filter, o = order, n = first })).Ok()["dialogueEvents"]!;
            return (page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Where(ours.Contains).ToList(), page["totalCount"]!.GetValue<int>());
        }

        Assert.Equal([conference], (await List(new { county = "56" })).Ids);
        Assert.Equal([webinar, called], (await List(new { county = "46" })).Ids);
        Assert.Equal([webinar], (await List(new { county = "46", kind = "WEBINAR" })).Ids);
        Assert.Equal([webinar], (await List(new { county = "46", upcoming = true })).Ids);
        // Division 30 is not "everything starting with 3": the medical event (33) stays out.
        Assert.Equal([conference], (await List(new { cpvPrefix = "30" })).Ids);
        Assert.Equal([conference], (await List(new { cpvPrefix = "30000000-9" })).Ids);
        Assert.Equal([webinar, conference], (await List(new { cpvPrefixes = new[] { "30", "33196200-2" }, upcoming = true })).Ids);
        // Newest announcement first: the cancelled one was announced last.
        Assert.Equal([called, webinar, conference], (await List(new { }, "ANNOUNCED_NEWEST", 200)).Ids);
        Assert.Equal([webinar, conference, called], (await List(new { }, "STARTS_AT", 200)).Ids);
        // totalCount counts the filtered list, not the page: one per page, two in all.
        var paged = await List(new { county = "46" }, first: 1);
        Assert.Equal(2, paged.Total);

        foreach (var bad in new object[] { new { cpvPrefix = "3x" }, new { cpvPrefixes = new[] { "123456789" } } })
            Assert.Equal("VALIDATION_FAILED", (await app.GraphQLAsync("query($f: DialogueEventFilter) { dialogueEvents(filter: $f) { totalCount } }", new { f = bad })).ErrorCode);
        Assert.NotNull((await app.GraphQLAsync("query($f: DialogueEventFilter) { dialogueEvents(filter: $f) { totalCount } }", new { f = new { kind = "PICNIC" } })).Errors);
    }

    [Fact]
    public async Task Registrations_show_to_members_and_programme_staff_and_each_supplier_only_its_own()
    {
        var (id, lead, member) = await app.ConsortiumInDialogueAsync("1841", "1845");
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, app.Clock.GetUtcNow())))["id"]!.GetValue<string>();
        var a = OrgNumbers.Next();
        var b = OrgNumbers.Next();
        var aToken = await app.SupplierAsync(a);
        var bToken = await app.SupplierAsync(b);
        (await app.RegisterAsync(aToken, eventId)).Ok();
        (await app.RegisterAsync(bToken, eventId)).Ok();

        async Task<List<string>> Seen(string? token) =>
            (await app.GraphQLAsync("query($e: ID!) { dialogueEvent(id: $e) { registrationCount registrations { supplier { orgNumber name } } } }", new { e = eventId }, token))
                .Ok()["dialogueEvent"]!["registrations"]!.AsArray().Select(r => r!["supplier"]!["orgNumber"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), await Seen(member));
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), await Seen(await app.ProgrammeToken()));
        Assert.Equal([a], await Seen(aToken));
        Assert.Empty(await Seen(await app.MunicipalityToken("0301")));
        Assert.Empty(await Seen(null));
        // Another supplier's registrations and follows are not there for it, nor for the public.
        Assert.Null((await app.GraphQLAsync("query($o: ID!) { supplier(orgNumber: $o) { registrations { attendees } } }", new { o = a }, bToken)).Ok()["supplier"]);
        Assert.Null((await app.GraphQLAsync("query($o: ID!) { supplier(orgNumber: $o) { name } }", new { o = a })).Ok()["supplier"]);
    }
}
