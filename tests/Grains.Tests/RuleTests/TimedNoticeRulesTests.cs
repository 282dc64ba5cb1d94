using Samspill.Grains.Dialogue;
using static Samspill.Grains.Tests.RuleTests.DialogueStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Each timed notice of a dialogue event is due at its moment, taken once, and never for a cancelled event.</summary>
public sealed class TimedNoticeRulesTests
{
    [Fact]
    public void Nothing_is_due_before_the_day_before_the_registration_deadline()
    {
        var s = Event();

        Assert.Empty(TimedNoticeRules.TakeDue(s, Deadline.AddDays(-1).AddTicks(-1)));
        Assert.Equal([TimedNoticeRules.DeadlineReminder, TimedNoticeRules.RegistrationClosed, TimedNoticeRules.Ended], TimedNoticeRules.Untold(s).Select(n => n.Notice));
    }

    [Fact]
    public void The_reminder_is_taken_once_a_day_before_the_deadline_registration_closed_at_it_and_ended_at_the_end()
    {
        var s = Event();

        Assert.Equal([TimedNoticeRules.DeadlineReminder], TimedNoticeRules.TakeDue(s, Deadline.AddDays(-1)));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Deadline.AddDays(-1).AddHours(1)));
        Assert.Equal([TimedNoticeRules.RegistrationClosed], TimedNoticeRules.TakeDue(s, Deadline));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Deadline.AddMinutes(5)));
        Assert.Equal([TimedNoticeRules.Ended], TimedNoticeRules.TakeDue(s, Ends));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Ends.AddDays(30)));
        Assert.Empty(TimedNoticeRules.Untold(s));
    }

    [Fact]
    public void After_a_long_silence_both_fall_due_together_still_once_each_and_the_stale_reminder_is_dropped()
    {
        var s = Event();

        Assert.Equal([TimedNoticeRules.RegistrationClosed, TimedNoticeRules.Ended], TimedNoticeRules.TakeDue(s, Ends.AddDays(2)));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Ends.AddDays(3)));
        Assert.Empty(TimedNoticeRules.Untold(s));
    }

    [Fact]
    public void A_reminder_that_falls_due_only_after_the_deadline_is_never_told()
    {
        var s = Event();

        Assert.Equal([TimedNoticeRules.RegistrationClosed], TimedNoticeRules.TakeDue(s, Deadline.AddMinutes(1)));
        Assert.DoesNotContain(TimedNoticeRules.DeadlineReminder, TimedNoticeRules.Untold(s).Select(n => n.Notice));
    }

    [Fact]
    public void An_event_announced_less_than_a_day_before_its_deadline_has_no_reminder()
    {
        var s = Event();
        s.Event = s.Event! with { AnnouncedAt = Deadline.AddHours(-20) };

        Assert.Equal([TimedNoticeRules.RegistrationClosed, TimedNoticeRules.Ended], TimedNoticeRules.All(s).Select(n => n.Notice));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Deadline.AddHours(-1)));
    }

    [Fact]
    public void Only_the_reminder_goes_to_the_suppliers_topics()
    {
        Assert.True(TimedNoticeRules.ToSuppliers(TimedNoticeRules.DeadlineReminder));
        Assert.False(TimedNoticeRules.ToSuppliers(TimedNoticeRules.RegistrationClosed));
        Assert.False(TimedNoticeRules.ToSuppliers(TimedNoticeRules.Ended));
    }

    [Fact]
    public void A_cancelled_event_tells_nothing_more()
    {
        var s = Event();
        DialogueRules.Cancel(s, "Flyttet", Now);

        Assert.Empty(TimedNoticeRules.Untold(s));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Ends.AddDays(1)));
    }

    [Fact]
    public void The_notices_have_the_contract_event_types()
    {
        Assert.Equal("DialogueEventRegistrationClosed", TimedNoticeRules.EventType(TimedNoticeRules.RegistrationClosed));
        Assert.Equal("DialogueEventEnded", TimedNoticeRules.EventType(TimedNoticeRules.Ended));
        Assert.Equal("DialogueEventRegistrationDeadlineSoon", TimedNoticeRules.EventType(TimedNoticeRules.DeadlineReminder));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimedNoticeRules.EventType("announced"));
    }
}
