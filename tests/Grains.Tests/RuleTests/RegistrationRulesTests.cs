using Samspill.Grains.Common;
using Samspill.Grains.Dialogue;
using static Samspill.Grains.Tests.RuleTests.DialogueStates;

namespace Samspill.Grains.Tests.RuleTests;

/// <summary>REGISTRATION_WINDOW: one registration per supplier, before the deadline, within capacity.</summary>
public sealed class RegistrationRulesTests
{
    private const string A = "923609016";
    private const string B = "974760673";

    [Fact]
    public void A_repeated_registration_counts_once_and_updates_the_attendees()
    {
        var s = Event();
        var first = RegistrationRules.Register(s, A, 2, Now)!;
        Assert.Null(RegistrationRules.Register(s, A, 2, Now.AddHours(1)));
        var updated = RegistrationRules.Register(s, A, 3, Now.AddHours(2))!;

        Assert.Equal(1, RegistrationRules.ActiveCount(s));
        Assert.Equal(3, RegistrationRules.AttendeeCount(s));
        Assert.Equal(first.RegisteredAt, updated.RegisteredAt);
        Assert.Equal(Now.AddHours(2), updated.UpdatedAt);
    }

    [Fact]
    public void Registering_at_or_after_the_deadline_is_refused()
    {
        Refusal.Violation(Event(), x => RegistrationRules.Register(x, A, 1, Deadline), Rules.RegistrationWindow);
        Refusal.Violation(Event(), x => RegistrationRules.Register(x, A, 1, Ends.AddDays(1)), Rules.RegistrationWindow);
        Assert.NotNull(RegistrationRules.Register(Event(), A, 1, Deadline.AddTicks(-1)));
    }

    [Fact]
    public void Registering_for_a_cancelled_event_is_refused()
    {
        var s = Event();
        DialogueRules.Cancel(s, "Avlyst", Now);
        Refusal.Violation(s, x => RegistrationRules.Register(x, A, 1, Now), Rules.RegistrationWindow);
    }

    [Fact]
    public void Capacity_counts_attendees_and_a_registration_beyond_it_is_refused()
    {
        var s = Event(capacity: 5);
        RegistrationRules.Register(s, A, 3, Now);
        Refusal.Violation(s, x => RegistrationRules.Register(x, B, 3, Now), Rules.RegistrationWindow);
        RegistrationRules.Register(s, B, 2, Now);
        Assert.Equal(5, RegistrationRules.AttendeeCount(s));
        // Full now; but a supplier may shrink its own registration, and grow it into room it frees itself.
        Refusal.Violation(s, x => RegistrationRules.Register(x, B, 3, Now), Rules.RegistrationWindow);
        RegistrationRules.Register(s, A, 1, Now);
        RegistrationRules.Register(s, B, 4, Now);
        Assert.Equal(5, RegistrationRules.AttendeeCount(s));
    }

    [Fact]
    public void A_cancelled_registration_frees_its_places_and_can_be_renewed()
    {
        var s = Event(capacity: 3);
        RegistrationRules.Register(s, A, 3, Now);
        var cancelled = RegistrationRules.Cancel(s, A, Now.AddHours(1));
        Assert.True(cancelled.Cancelled);
        Assert.Equal(0, RegistrationRules.ActiveCount(s));
        RegistrationRules.Register(s, B, 3, Now.AddHours(2));
        Refusal.Violation(s, x => RegistrationRules.Register(x, A, 1, Now.AddHours(3)), Rules.RegistrationWindow);
        RegistrationRules.Cancel(s, B, Now.AddHours(3));
        var renewed = RegistrationRules.Register(s, A, 2, Now.AddHours(4))!;
        Assert.Equal(Now.AddHours(4), renewed.RegisteredAt);
        Assert.False(renewed.Cancelled);
        Assert.Equal(1, RegistrationRules.ActiveCount(s));
    }

    [Fact]
    public void Cancelling_without_a_registration_is_NOT_FOUND_and_after_the_start_is_refused()
    {
        Refusal.Expect(Event(), x => RegistrationRules.Cancel(x, A, Now), ErrorCodes.NotFound);
        var s = Event();
        RegistrationRules.Register(s, A, 1, Now);
        Refusal.Violation(s, x => RegistrationRules.Cancel(x, A, Starts), Rules.RegistrationWindow);
        RegistrationRules.Cancel(s, A, Now);
        Refusal.Expect(s, x => RegistrationRules.Cancel(x, A, Now), ErrorCodes.NotFound);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void Attendees_out_of_range_are_refused(int attendees) =>
        Refusal.Expect(Event(), x => RegistrationRules.Register(x, A, attendees, Now), ErrorCodes.ValidationFailed, field: "attendees");
}
