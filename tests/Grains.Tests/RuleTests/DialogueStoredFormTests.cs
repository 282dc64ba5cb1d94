using System.Text.Json;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Suppliers;
using static Samspill.Grains.Tests.RuleTests.DialogueStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>The dialogue's stored states survive the JSON form grain state is stored in (Azure Table Storage).</summary>
public sealed class DialogueStoredFormTests
{
    // The very options the silo's grain storage serializer writes with.
    private static readonly JsonSerializerOptions Stored = GrainStateJson.Options;

    private static T RoundTrip<T>(T state)
    {
        var json = JsonSerializer.Serialize(state, Stored);
        var back = JsonSerializer.Deserialize<T>(json, Stored)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, Stored));
        return back;
    }

    private static RegistrationRecord Registration(bool cancelled = false) => new()
    {
        EventId = "e1", ConsortiumId = "c1", Supplier = "923609016", Attendees = 2, RegisteredAt = Now, Cancelled = cancelled, UpdatedAt = Now, Version = 3,
    };

    [Fact]
    public void A_dialogue_event_with_registrations_and_pending_notices_round_trips()
    {
        var s = Event(capacity: 40);
        s.Registrations["923609016"] = Registration();
        s.Outbox.Add(LiveEventDraft.Create("dialogue/e1", "SupplierRegistered", new { registrationCount = 1 }, Now));
        s.PendingFanOut.Add("announced");
        s.UnsyncedSuppliers.Add("923609016");
        s.FannedOut["announced"] = 4;
        DialogueRules.Cancel(s, "Avlyst", Now);
        var back = RoundTrip(s);
        Assert.Equal(DialogueEventStatus.Cancelled, DialogueRules.Status(back, Now));
        Assert.Equal(["48000000-8"], back.Event!.Audience.Cpv);
        Assert.Contains("\"kind\":\"Conference\"", JsonSerializer.Serialize(s, Stored));
    }

    [Fact]
    public void A_supplier_with_follows_registrations_and_pending_index_changes_round_trips()
    {
        var s = new SupplierState { Registered = true, Name = "Nordlys AS", RegisteredAt = Now };
        s.Follows.Add(new FollowRecord(FollowKind.Cpv, "48000000-8", Now));
        s.Registrations["e1"] = Registration(cancelled: true);
        s.PendingIndex.Add(new FollowIndexChange(FollowKind.County, "18", Add: false));
        Assert.True(RoundTrip(s).Registrations["e1"].Cancelled);
    }

    [Fact]
    public void A_consortium_with_questions_pending_steps_and_the_levelling_log_round_trips()
    {
        var s = InDialogue();
        s.AnnouncedEventIds.Add("e1");
        var q = QuestionRules.Ask(s, "c1", Infrastructure.Callers.Supplier("923609016"), "Hvilke standarder?", Now);
        var answered = QuestionRules.Answer(s, q, ConsortiumStates.LeadUser, "c1-q1", "EN 50134", Now);
        s.PendingAnnouncements["e2"] = Event().Event! with { EventId = "e2" };
        s.PendingCancellations["e1"] = "Avlyst";
        s.AnswersToStore["c1-q1"] = new PendingAnswer("EN 50134", Now);
        s.PendingAnswers.Add("c1-q1");
        s.LastKeyedQuestions["923609016"] = new KeyedQuestion(QuestionRules.KeyHash("9b1deb4d"), "c1-q1");
        var page = new QuestionPageState();
        QuestionPageRules.Put(page, answered);
        QuestionPageRules.Log(page, new AnswerDistribution("c1-q1", Now, ["923609016"]));

        var back = RoundTrip(s);
        Assert.Equal("923609016", RoundTrip(page).Questions[0].AskedBy);
        Assert.Equal(1, back.QuestionCount);
        Assert.Equal(1, back.OpenQuestions["923609016"]);
        Assert.Equal("c1-q1", back.LastKeyedQuestions["923609016"].QuestionId);
        Assert.True(back.HasPendingDialogue);
    }

    [Fact]
    public void A_consortium_stored_with_its_questions_by_an_older_build_still_reads()
    {
        // The stored form before questions moved to their own grains: they sat in the consortium's state.
        const string older = """
            {"created":true,"title":"Trygghet","lead":"1804","phase":"MarketDialogue","questionCount":2,
             "questions":[{"id":"c1-q1","text":"Hvilke standarder?","askedAt":"2026-12-01T10:00:00+00:00","askedBy":"923609016","answer":"EN 50134","answeredAt":"2026-12-02T10:00:00+00:00"},
                          {"id":"c1-q2","text":"Og tidsplanen?","askedAt":"2026-12-01T11:00:00+00:00","askedBy":"923609016"}],
             "pendingAnswers":[],
             "answerDistributions":[{"questionId":"c1-q1","publishedAt":"2026-12-02T10:00:00+00:00","suppliers":["923609016","974760673"]}]}
            """;
        var s = JsonSerializer.Deserialize<ConsortiumState>(older, Stored)!;
#pragma warning disable CS0618 // the obsolete lists are what an older state is read into
        Assert.Equal(["c1-q1", "c1-q2"], s.Questions.Select(q => q.Id));
        Assert.Equal(["923609016", "974760673"], Assert.Single(s.AnswerDistributions).Suppliers);
        Assert.Equal(1, QuestionRules.OpenCounts(s.Questions)["923609016"]);
#pragma warning restore CS0618
        Assert.Equal(2, s.QuestionCount);
        Assert.Empty(s.OpenQuestions);
    }

    [Fact]
    public void Follower_indexes_and_the_event_directory_round_trip()
    {
        RoundTrip(new FollowerIndexState { Followers = { ["923609016"] = [new FollowRecord(FollowKind.Cpv, "48100000-9", default)] } });
        RoundTrip(new DialogueEventDirectoryState { Events = { ["e1"] = new DialogueEventSummary("e1", "c1", Starts, Ends, ["48000000-8"], false, 2) } });
    }
}
