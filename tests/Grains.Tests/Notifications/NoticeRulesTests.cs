using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Notifications;

namespace Samspill.Grains.Tests.Notifications;

/// <summary>Which live events become e-mail notices and for whom, tried without a cluster.</summary>
public sealed class NoticeRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);

    private static LiveEvent E(string topic, string type, string json, string id = "e1") => new(id, topic, 1, type, At, json);

    [Theory]
    [InlineData("municipality/1806", true)]
    [InlineData("consortium/c1", true)]
    [InlineData("supplier/923609016", true)]
    [InlineData("municipality/1806#staff", false)]
    [InlineData("consortium/c1#public", false)]
    [InlineData("consortium/c1#staff", false)]
    [InlineData("programme", false)]
    public void Only_a_topic_itself_notifies_never_its_public_or_staff_view_so_each_event_is_mailed_once(string topic, bool notifies) =>
        Assert.Equal(notifies, NoticeRules.MayNotify(topic));

    [Fact]
    public void An_invitation_on_the_invited_municipalitys_topic_goes_to_that_municipality_with_a_link_to_the_consortium()
    {
        var notice = NoticeRules.Derive(E("municipality/1806", "MemberInvited", """{"consortiumId":"c1","municipality":"1806","invitedBy":"1804"}"""))!;
        Assert.Equal(NoticeKind.Invitation, notice.Kind);
        Assert.Equal(AudienceKind.Municipality, notice.Audience);
        Assert.Equal("1806", notice.AudienceKey);
        Assert.Equal("/kommune/samarbeid/c1", notice.LinkPath);
        Assert.Equal("e1", notice.Id);
        Assert.Equal(At, notice.OccurredAt);
    }

    [Fact]
    public void An_answer_notice_carries_question_and_answer_only_even_if_an_event_were_to_name_the_asker()
    {
        var notice = NoticeRules.Derive(E("consortium/c1", "AnswerPublished",
            """{"questionId":"c1-q1","consortiumId":"c1","question":"Q?","answer":"A.","askedBy":"923609016","supplier":"923609016"}"""))!;
        Assert.Equal(NoticeKind.Answer, notice.Kind);
        Assert.Equal(AudienceKind.AnswerRecipients, notice.Audience);
        Assert.DoesNotContain(notice.Fields.Values, v => v.Contains("923609016"));
        Assert.Equal(["answer", "consortiumId", "question", "questionId"], notice.Fields.Keys.Order());
    }

    [Fact]
    public void The_deadline_reminder_on_a_suppliers_topic_goes_to_that_supplier_as_a_registration_deadline_notice()
    {
        var notice = NoticeRules.Derive(E("supplier/923609016", "DialogueEventRegistrationDeadlineSoon",
            """{"eventId":"ev1","consortiumId":"c1","title":"Dialogkonferanse","startsAt":"2027-03-10T09:00:00Z","registrationDeadline":"2027-03-03T12:00:00Z","kind":"CONFERENCE","cpv":["33196200-2","48000000-8"]}"""))!;
        Assert.Equal(NoticeKind.RegistrationDeadline, notice.Kind);
        Assert.Equal(AudienceKind.EventSupplier, notice.Audience);
        Assert.Equal("923609016", notice.AudienceKey);
        Assert.Equal("/dialogmoter/ev1", notice.LinkPath);
        Assert.Equal("2027-03-03T12:00:00Z", notice.Field("registrationDeadline"));
        Assert.Equal("33196200-2,48000000-8", notice.Field("cpv"));
        // Only the supplier's own topic notifies; the event's own topic never carries the reminder to mail.
        Assert.Null(NoticeRules.Derive(E("dialogue/ev1", "DialogueEventRegistrationDeadlineSoon", """{"eventId":"ev1","consortiumId":"c1"}""")));
    }

    [Theory]
    [InlineData("consortium/c1#public", "AnswerPublished")]      // the public view is for anonymous readers, never mailed
    [InlineData("programme", "MemberJoined")]                     // staff watch live; no mail
    [InlineData("dialogue/e1", "DialogueEventCancelled")]         // the supplier topics carry it for those concerned
    [InlineData("supplier/923609016", "AnswerPublished")]         // answers are sent once per dialogue, from the consortium topic
    [InlineData("municipality/1806", "NeedPublished")]            // own activity is not news to oneself
    [InlineData("consortium/c1", "NeedPooled")]
    [InlineData("consortium/c1", "SupplierRegistered")]
    public void Events_that_give_no_notice_give_none(string topic, string type) =>
        Assert.Null(NoticeRules.Derive(E(topic, type, """{"consortiumId":"c1","questionId":"q","eventId":"e1","municipality":"1806"}""")));

    [Fact]
    public void Membership_and_phase_changes_go_to_the_members_and_a_question_to_the_lead_only()
    {
        Assert.Equal(AudienceKind.ConsortiumMembers, NoticeRules.Derive(E("consortium/c1", "MemberLeft", """{"municipality":"1813"}"""))!.Audience);
        Assert.Equal(AudienceKind.ConsortiumMembers, NoticeRules.Derive(E("consortium/c1", "PhaseChanged", """{"from":"FORMING","to":"NEEDS_CLARIFICATION"}"""))!.Audience);
        var question = NoticeRules.Derive(E("consortium/c1", "QuestionAsked", """{"questionId":"c1-q1"}"""))!;
        Assert.Equal(AudienceKind.ConsortiumLead, question.Audience);
        Assert.Equal(NoticeKind.QuestionWaiting, question.Kind);
    }

    [Fact]
    public void An_announcement_on_a_suppliers_topic_goes_to_that_supplier_as_long_as_it_follows_and_keeps_the_cpv_to_say_why()
    {
        var notice = NoticeRules.Derive(E("supplier/923609016", "DialogueEventAnnounced",
            """{"eventId":"ev","consortiumId":"c1","title":"T","startsAt":"2027-03-10T09:00:00Z","kind":"CONFERENCE","cpv":["48100000-9","72000000-5"]}"""))!;
        Assert.Equal(AudienceKind.AnnouncementFollower, notice.Audience);
        Assert.Equal("923609016", notice.AudienceKey);
        Assert.Equal("48100000-9,72000000-5", notice.Field("cpv"));
        Assert.Equal("/dialogmoter/ev", notice.LinkPath);
    }

    [Fact]
    public void Each_role_chooses_only_the_kinds_its_live_topics_carry()
    {
        Assert.DoesNotContain(NoticeKind.Announcement, NoticeRules.KindsFor(CallerRole.Municipality));
        Assert.DoesNotContain(NoticeKind.Invitation, NoticeRules.KindsFor(CallerRole.Supplier));
        Assert.Empty(NoticeRules.KindsFor(CallerRole.Programme));
        Assert.Equal("REGISTRATION_DEADLINE", Links.ContractName(NoticeKind.RegistrationDeadline));
    }
}
