using Samspill.Grains.Dialogue;
using static Samspill.Grains.Tests.RuleTests.DialogueStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>Each timed notice of a dialogue event is due at its moment, taken once, and never for a cancelled event.</summary>
public sealed class TimedNoticeRulesTests
{
    [Fact]
    public void Nothing_is_due_before_the_registration_deadline()
    {
        var s = Event();

        Assert.Empty(TimedNoticeRules.TakeDue(s, Deadline.AddTicks(-1)));
        Assert.Equal([TimedNoticeRules.RegistrationClosed, TimedNoticeRules.Ended], TimedNoticeRules.Untold(s).Select(n => n.Notice));
    }

    [Fact]
    public void Registration_closed_is_taken_once_at_the_deadline_and_ended_once_at_the_end()
    {
        var s = Event();

        Assert.Equal([TimedNoticeRules.RegistrationClosed], TimedNoticeRules.TakeDue(s, Deadline));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Deadline.AddMinutes(5)));
        Assert.Equal([TimedNoticeRules.Ended], TimedNoticeRules.TakeDue(s, Ends));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Ends.AddDays(30)));
        Assert.Empty(TimedNoticeRules.Untold(s));
    }

    [Fact]
    public void After_a_long_silence_both_fall_due_together_still_once_each()
    {
        var s = Event();

        Assert.Equal([TimedNoticeRules.RegistrationClosed, TimedNoticeRules.Ended], TimedNoticeRules.TakeDue(s, Ends.AddDays(2)));
        Assert.Empty(TimedNoticeRules.TakeDue(s, Ends.AddDays(3)));
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
        Assert.Throws<ArgumentOutOfRangeException>(() => TimedNoticeRules.EventType("announced"));
    }
}
