using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>
/// The supplier's side end to end, with real SignalR clients: three suppliers with different follows, an announcement
/// that reaches exactly the two it concerns, their registrations, a question and the answer both receive.
/// </summary>
public sealed class DialogueEndToEndTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public async Task Three_suppliers_one_announcement_two_hear_it_register_and_both_receive_the_answer()
    {
        const string bodo = "1804", narvik = "1806";
        var (consortium, lead, _) = await app.ConsortiumInDialogueAsync(bodo, narvik, cpv: "48100000-9");
        var software = OrgNumbers.Next();   // follows the software division, a parent of the consortium's code
        var local = OrgNumbers.Next();      // follows Narvik, a member
        var elsewhere = OrgNumbers.Next();  // follows IT services and Oslo: nothing to do with this consortium
        var softwareToken = await app.SupplierAsync(software, ("CPV", "48000000-8"));
        var localToken = await app.SupplierAsync(local, ("MUNICIPALITY", narvik));
        var elsewhereToken = await app.SupplierAsync(elsewhere, ("CPV", "72000000-5"), ("MUNICIPALITY", "0301"));

        await using var softwareLive = await app.ConnectLiveAsync(softwareToken);
        await using var localLive = await app.ConnectLiveAsync(localToken);
        await using var elsewhereLive = await app.ConnectLiveAsync(elsewhereToken);
        var softwareHeard = new LiveRecorder(softwareLive);
        var localHeard = new LiveRecorder(localLive);
        var elsewhereHeard = new LiveRecorder(elsewhereLive);
        await LiveRecorder.Subscribe(softwareLive, $"supplier/{software}");
        await LiveRecorder.Subscribe(localLive, $"supplier/{local}");
        var elsewhereStart = (await LiveRecorder.Subscribe(elsewhereLive, $"supplier/{elsewhere}")).Sequence;

        // Bodø announces a dialogue conference.
        var announced = await app.AnnounceAsync(lead, DialogueApi.Announcement(consortium, DateTimeOffset.UtcNow, capacity: 40));
        var eventId = announced["id"]!.GetValue<string>();

        foreach (var heard in new[] { softwareHeard, localHeard })
        {
            var e = await heard.WaitFor(x => x.Type == "DialogueEventAnnounced");
            Assert.Equal(eventId, e.Data.GetProperty("eventId").GetString());
            Assert.Equal("Dialogkonferanse om trygghetsteknologi", e.Data.GetProperty("title").GetString());
            Assert.Equal("48100000-9", e.Data.GetProperty("cpv")[0].GetString());
        }

        // Both register (one of them twice: it counts once); the public sees the count, not who.
        (await app.RegisterAsync(softwareToken, eventId, 2)).Ok();
        (await app.RegisterAsync(localToken, eventId, 1)).Ok();
        (await app.RegisterAsync(localToken, eventId, 1)).Ok();
        var publicEvent = (await app.GraphQLAsync("query($e: ID!) { dialogueEvent(id: $e) { registrationCount attendeeCount registrations { attendees } status icsUrl } }", new { e = eventId }))
            .Ok()["dialogueEvent"]!;
        Assert.Equal((2, 3), (publicEvent["registrationCount"]!.GetValue<int>(), publicEvent["attendeeCount"]!.GetValue<int>()));
        Assert.Empty(publicEvent["registrations"]!.AsArray());
        Assert.Equal($"{app.BaseUrl.ToString().TrimEnd('/')}/dialogue-events/{eventId}.ics", publicEvent["icsUrl"]!.GetValue<string>());

        // One asks; the lead answers; both receive the answer at once, without the asker.
        var questionId = (await app.AskAsync(softwareToken, consortium, "Må løsningen støtte EN 50134?")).Ok()["askQuestion"]!["id"]!.GetValue<string>();
        (await app.AnswerAsync(lead, questionId, "Ja, alarmene må følge EN 50134.")).Ok();
        foreach (var heard in new[] { softwareHeard, localHeard })
        {
            var answer = await heard.WaitFor(x => x.Type == "AnswerPublished");
            Assert.Equal(questionId, answer.Data.GetProperty("questionId").GetString());
            Assert.Equal("Må løsningen støtte EN 50134?", answer.Data.GetProperty("question").GetString());
            Assert.Equal("Ja, alarmene må følge EN 50134.", answer.Data.GetProperty("answer").GetString());
            Assert.DoesNotContain(software, answer.Data.GetRawText());
        }

        // The third heard nothing of it: everything on its topic since it subscribed, replayed, is not about this dialogue.
        var since = await LiveRecorder.Subscribe(elsewhereLive, $"supplier/{elsewhere}", elsewhereStart);
        Assert.Empty(since.Missed);
        Assert.Empty(elsewhereHeard.Events);

        // The local supplier sees its registration; the question shows answered, without the asker.
        var seenByLocal = (await app.GraphQLAsync("query($c: ID!) { viewer { supplier { registrations { attendees event { id } } follows { kind value } } } consortium(id: $c) { questions { answer askedBy { orgNumber } } dialogueEvents { id } } }",
            new { c = consortium }, localToken)).Ok();
        Assert.Equal(eventId, seenByLocal["viewer"]!["supplier"]!["registrations"]![0]!["event"]!["id"]!.GetValue<string>());
        var question = Assert.Single(seenByLocal["consortium"]!["questions"]!.AsArray())!;
        Assert.Null(question["askedBy"]);
        Assert.Equal([eventId], seenByLocal["consortium"]!["dialogueEvents"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
    }
}
