using Samspill.Grains.Common;
using Samspill.Grains.Notifications;

namespace Samspill.Grains.Tests.Notifications;

/// <summary>A person's address, choices and digest time, tried and broken without a cluster.</summary>
public sealed class PersonRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);
    private static readonly Caller Kari = new(CallerRole.Municipality, "1806", "Kari", "iss|kari", null);

    private static PersonState SignedIn(Caller caller)
    {
        var person = new PersonState { UnsubscribeToken = "unsub-token" };
        PersonRules.SignIn(person, caller, Now);
        return person;
    }

    [Fact]
    public void An_address_typed_in_is_not_used_until_its_link_is_followed_with_the_right_token()
    {
        var person = SignedIn(Kari);
        Assert.Null(PersonRules.DeliverableAddress(person));
        PersonRules.RequestEmail(person, " kari@narvik.kommune.no ", "tok-1", Now);
        Assert.Null(PersonRules.DeliverableAddress(person));
        Assert.False(PersonRules.Confirm(person, "tok-2", Now));
        Assert.False(PersonRules.Confirm(person, null, Now));
        Assert.Null(PersonRules.DeliverableAddress(person));
        Assert.True(PersonRules.Confirm(person, "tok-1", Now));
        Assert.Equal("kari@narvik.kommune.no", PersonRules.DeliverableAddress(person));
        Assert.False(PersonRules.Confirm(person, "tok-1", Now)); // a link works once
    }

    [Theory]
    [InlineData("")]
    [InlineData("kari")]
    [InlineData("kari@")]
    [InlineData("kari@localhost")]
    [InlineData("Kari <kari@narvik.no>")]
    public void A_bad_address_is_refused_and_changes_nothing(string email)
    {
        var person = SignedIn(Kari);
        var refusal = Assert.Throws<DomainException>(() => PersonRules.RequestEmail(person, email, "tok", Now));
        Assert.Equal(ErrorCodes.ValidationFailed, refusal.Code);
        Assert.Equal("email", refusal.Field);
        Assert.Null(person.PendingEmail);
    }

    [Fact]
    public void The_tokens_email_claim_is_used_at_once_and_cannot_be_overridden_by_a_typed_address()
    {
        var person = SignedIn(Kari with { Email = "kari@narvik.kommune.no" });
        Assert.Equal("kari@narvik.kommune.no", PersonRules.DeliverableAddress(person));
        Assert.Throws<DomainException>(() => PersonRules.RequestEmail(person, "other@example.no", "tok", Now));
        Assert.Equal("kari@narvik.kommune.no", PersonRules.DeliverableAddress(person));
    }

    [Fact]
    public void Settings_default_to_immediately_and_a_kind_of_the_other_role_is_refused_without_partial_change()
    {
        var person = SignedIn(Kari);
        Assert.Equal(NoticeDelivery.Immediately, PersonRules.DeliveryOf(person, NoticeKind.Invitation));
        Assert.Equal(NoticeDelivery.Never, PersonRules.DeliveryOf(person, NoticeKind.Announcement));
        var refusal = Assert.Throws<DomainException>(() => PersonRules.ChangeSettings(person, new Dictionary<NoticeKind, NoticeDelivery>
        {
            [NoticeKind.PhaseChange] = NoticeDelivery.DailyDigest,
            [NoticeKind.Announcement] = NoticeDelivery.Immediately,
        }, Now));
        Assert.Equal("kind", refusal.Field);
        Assert.Equal(NoticeDelivery.Immediately, PersonRules.DeliveryOf(person, NoticeKind.PhaseChange));
    }

    [Fact]
    public void Unsubscribe_needs_the_persons_token_and_stops_that_kind_only_or_from_a_digest_every_digest_kind()
    {
        var person = SignedIn(Kari);
        Assert.False(PersonRules.Unsubscribe(person, NoticeKind.Invitation, "wrong", Now));
        Assert.False(PersonRules.Unsubscribe(person, NoticeKind.Invitation, null, Now));
        Assert.Equal(NoticeDelivery.Immediately, PersonRules.DeliveryOf(person, NoticeKind.Invitation));
        Assert.True(PersonRules.Unsubscribe(person, NoticeKind.Invitation, "unsub-token", Now));
        Assert.Equal(NoticeDelivery.Never, PersonRules.DeliveryOf(person, NoticeKind.Invitation));
        Assert.Equal(NoticeDelivery.Immediately, PersonRules.DeliveryOf(person, NoticeKind.PhaseChange));

        PersonRules.ChangeSettings(person, new Dictionary<NoticeKind, NoticeDelivery> { [NoticeKind.PhaseChange] = NoticeDelivery.DailyDigest }, Now);
        Assert.True(PersonRules.Unsubscribe(person, null, "unsub-token", Now));
        Assert.Equal(NoticeDelivery.Never, PersonRules.DeliveryOf(person, NoticeKind.PhaseChange));
        Assert.Equal(NoticeDelivery.Immediately, PersonRules.DeliveryOf(person, NoticeKind.MembershipChange));
    }

    [Theory]
    // Winter (UTC+1): 07:00 Oslo is 06:00 UTC.
    [InlineData("2026-11-23T05:59:00Z", "2026-11-23T06:00:00Z")]
    [InlineData("2026-11-23T06:00:00Z", "2026-11-24T06:00:00Z")]
    [InlineData("2026-11-23T18:00:00Z", "2026-11-24T06:00:00Z")]
    // Summer (UTC+2): 07:00 Oslo is 05:00 UTC.
    [InlineData("2026-06-10T04:30:00Z", "2026-06-10T05:00:00Z")]
    // The night summer time ends (25 October 2026): still 07:00 local, now UTC+1.
    [InlineData("2026-10-24T20:00:00Z", "2026-10-25T06:00:00Z")]
    // The night summer time starts (29 March 2026).
    [InlineData("2026-03-28T20:00:00Z", "2026-03-29T05:00:00Z")]
    public void The_digest_goes_out_at_the_next_0700_in_Oslo(string queued, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due), PersonRules.DigestDueAfter(DateTimeOffset.Parse(queued)));

    [Fact]
    public void Retries_back_off_doubling_up_to_the_cap_and_stop_after_the_limit_or_at_once_when_permanent()
    {
        var options = new NotificationOptions { FirstBackoff = TimeSpan.FromSeconds(30), MaxBackoff = TimeSpan.FromMinutes(5), MaxAttempts = 4 };
        Assert.Equal(Now.AddSeconds(30), MailRetryRules.NextAttempt(1, Now, options));
        Assert.Equal(Now.AddSeconds(60), MailRetryRules.NextAttempt(2, Now, options));
        Assert.Equal(Now.AddSeconds(120), MailRetryRules.NextAttempt(3, Now, options));
        Assert.Equal(Now.AddMinutes(5), MailRetryRules.NextAttempt(20, Now, options));
        Assert.False(MailRetryRules.GiveUp(3, permanent: false, options));
        Assert.True(MailRetryRules.GiveUp(4, permanent: false, options));
        Assert.True(MailRetryRules.GiveUp(1, permanent: true, options));
    }
}
