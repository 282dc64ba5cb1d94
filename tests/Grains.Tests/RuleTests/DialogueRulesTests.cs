using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Tests.Infrastructure;
using static Samspill.Grains.Tests.RuleTests.DialogueStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Announcing and cancelling events, and their status from the clock, tried and broken without a cluster.</summary>
public sealed class DialogueRulesTests
{
    [Theory]
    [InlineData(ConsortiumPhase.NeedsClarification)]
    [InlineData(ConsortiumPhase.MarketDialogue)]
    public void The_lead_announces_while_the_need_is_clarified_or_in_the_market_dialogue(ConsortiumPhase phase)
    {
        var s = ConsortiumStates.In(phase);
        var valid = DialogueRules.Announce(s, ConsortiumStates.LeadUser, Announcement(), Now);
        Assert.Equal("Bodø rådhus", valid.Location);
    }

    [Theory]
    [InlineData(ConsortiumPhase.Forming)]
    [InlineData(ConsortiumPhase.Competition)]
    [InlineData(ConsortiumPhase.Contract)]
    [InlineData(ConsortiumPhase.Cancelled)]
    public void Announcing_outside_the_dialogue_phases_is_DIALOGUE_WINDOW(ConsortiumPhase phase)
    {
        var s = phase == ConsortiumPhase.Forming ? ConsortiumStates.FormingWithMember() : ConsortiumStates.In(phase);
        Refusal.Violation(s, x => DialogueRules.Announce(x, ConsortiumStates.LeadUser, Announcement(), Now), Rules.DialogueWindow);
    }

    [Fact]
    public void Only_the_lead_announces_and_cancels()
    {
        var s = InDialogue();
        s.AnnouncedEventIds.Add("e1");
        Refusal.Violation(s, x => DialogueRules.Announce(x, ConsortiumStates.MemberUser, Announcement(), Now), Rules.LeadOnly);
        Refusal.Violation(s, x => DialogueRules.CheckCancel(x, ConsortiumStates.MemberUser, "e1", "Avlyst"), Rules.LeadOnly);
        Refusal.Expect(s, x => DialogueRules.Announce(x, Callers.Supplier("923609016"), Announcement(), Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, x => DialogueRules.Announce(x, Callers.Programme, Announcement(), Now), ErrorCodes.Forbidden);
        Refusal.Expect(s, x => DialogueRules.Announce(x, Callers.Anonymous, Announcement(), Now), ErrorCodes.Unauthenticated);
    }

    public static TheoryData<string, AnnounceDialogueEventCommand, string> BadAnnouncements() => new()
    {
        { "title too short", Announcement() with { Title = "ab" }, "title" },
        { "description too long", Announcement() with { Description = new string('d', 10_001) }, "description" },
        { "location too long", Announcement() with { Location = new string('l', 501) }, "location" },
        { "starts in the past", Announcement() with { StartsAt = Now.AddHours(-1), RegistrationDeadline = Now.AddHours(-2) }, "startsAt" },
        { "starts too far ahead", Announcement() with { StartsAt = Now.AddYears(4), EndsAt = Now.AddYears(4).AddHours(1) }, "startsAt" },
        { "ends before it starts", Announcement() with { EndsAt = Starts.AddMinutes(-1) }, "endsAt" },
        { "ends when it starts", Announcement() with { EndsAt = Starts }, "endsAt" },
        { "lasts too long", Announcement() with { EndsAt = Starts.AddDays(32) }, "endsAt" },
        { "deadline after the start", Announcement() with { RegistrationDeadline = Starts.AddMinutes(1) }, "registrationDeadline" },
        { "deadline already passed", Announcement() with { RegistrationDeadline = Now.AddMinutes(-1) }, "registrationDeadline" },
        { "capacity zero", Announcement(capacity: 0), "capacity" },
        { "capacity huge", Announcement(capacity: 10_001), "capacity" },
        { "unknown kind", Announcement() with { Kind = (DialogueEventKind)42 }, "kind" },
    };

    [Theory]
    [MemberData(nameof(BadAnnouncements))]
    public void A_bad_announcement_is_refused_naming_the_field(string name, AnnounceDialogueEventCommand command, string field)
    {
        var ex = Refusal.Expect(InDialogue(), x => DialogueRules.Announce(x, ConsortiumStates.LeadUser, command, Now), ErrorCodes.ValidationFailed, field: field);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message), name);
    }

    [Fact]
    public void A_deadline_at_the_start_is_allowed() =>
        DialogueRules.Validate(Announcement() with { RegistrationDeadline = Starts }, Now);

    [Fact]
    public void The_status_follows_the_clock_without_a_timer()
    {
        var s = Event();
        Assert.Equal(DialogueEventStatus.Announced, DialogueRules.Status(s, Now));
        Assert.Equal(DialogueEventStatus.Announced, DialogueRules.Status(s, Deadline.AddTicks(-1)));
        Assert.Equal(DialogueEventStatus.RegistrationClosed, DialogueRules.Status(s, Deadline));
        Assert.Equal(DialogueEventStatus.RegistrationClosed, DialogueRules.Status(s, Ends.AddTicks(-1)));
        Assert.Equal(DialogueEventStatus.Held, DialogueRules.Status(s, Ends));
    }

    [Fact]
    public void A_cancelled_event_is_CANCELLED_at_any_time_and_cancelling_again_changes_nothing()
    {
        var s = Event();
        Assert.True(DialogueRules.Cancel(s, "For få påmeldte", Now));
        Assert.Equal(DialogueEventStatus.Cancelled, DialogueRules.Status(s, Ends.AddDays(1)));
        var before = Refusal.Snapshot(s);
        Assert.False(DialogueRules.Cancel(s, "Another reason", Now.AddDays(1)));
        Assert.Equal(before, Refusal.Snapshot(s));
    }

    [Fact]
    public void An_event_that_has_been_held_cannot_be_cancelled() =>
        Refusal.Violation(Event(), x => DialogueRules.Cancel(x, "Too late", Ends.AddMinutes(1)), Rules.RegistrationWindow);

    [Fact]
    public void Cancelling_an_event_of_another_consortium_is_NOT_FOUND_and_a_reason_is_required()
    {
        var s = InDialogue();
        s.AnnouncedEventIds.Add("e1");
        Refusal.Expect(s, x => DialogueRules.CheckCancel(x, ConsortiumStates.LeadUser, "e-other", "Avlyst"), ErrorCodes.NotFound);
        Refusal.Expect(s, x => DialogueRules.CheckCancel(x, ConsortiumStates.LeadUser, "e1", " "), ErrorCodes.ValidationFailed, field: "reason");
        Assert.Equal("Avlyst", DialogueRules.CheckCancel(s, ConsortiumStates.LeadUser, "e1", " Avlyst "));
    }
}
