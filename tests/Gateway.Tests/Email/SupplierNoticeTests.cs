using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Email;

/// <summary>Supplier people's e-mails through the real silo and a real SMTP server: announcements and published answers.</summary>
public sealed class SupplierNoticeTests(MailFixture fixture) : IClassFixture<MailFixture>
{
    private MailApp App => fixture.App;

    [Fact]
    public async Task An_announcement_mails_the_people_of_suppliers_that_follow_its_field_saying_why_and_nobody_else()
    {
        var follower = OrgNumbers.Next();
        var other = OrgNumbers.Next();
        await App.SupplierAsync(follower, ("CPV", "48000000-8"));
        await App.SupplierAsync(other, ("CPV", "45000000-7"));
        var (_, person) = await App.PersonAsync("supplier", follower, "Siri Selger", "siri@nordlys.test");
        await App.PersonAsync("supplier", other, "Bjørn Bygg", "bjorn@bygg.test");

        var (consortium, lead, _) = await App.ConsortiumInDialogueAsync("1804", "1806");
        var announced = await App.AnnounceAsync(lead, DialogueApi.Announcement(consortium, DateTimeOffset.UtcNow, title: "Dialogkonferanse om trygghet"));
        var eventId = announced["id"]!.GetValue<string>();
        await Wait.UntilAsync(() => App.Smtp.To("siri@nordlys.test").Count > 0, "the announcement mail");
        await App.QuietAsync();

        Assert.Empty(App.Smtp.To("bjorn@bygg.test"));
        var mail = Assert.Single(App.Smtp.To("siri@nordlys.test"));
        Assert.Equal("Dialogkonferanse: «Dialogkonferanse om trygghet»", mail.Subject);
        Assert.Contains("Bodø kommune har kunngjort dialogkonferanse «Dialogkonferanse om trygghet» i innkjøpssamarbeidet «Felles anskaffelse».", mail.Text);
        Assert.Contains("Hvorfor du får dette: Dere følger CPV-koden 48000000-8", mail.Text);
        Assert.Contains($"{MailApp.PublicBase}/dialogmoter/{eventId}", mail.Text);
        Assert.StartsWith($"<{MailApp.PublicBase}/notifications/unsubscribe?person={person["id"]!.GetValue<string>()}&kind=ANNOUNCEMENT&token=", mail.Header("List-Unsubscribe"));
        Assert.Equal("List-Unsubscribe=One-Click", mail.Header("List-Unsubscribe-Post"));
    }

    [Fact]
    public async Task An_answer_goes_to_every_supplier_in_the_dialogue_in_one_send_with_the_same_text_and_never_names_the_asker()
    {
        var asker = OrgNumbers.Next();
        var registered = OrgNumbers.Next();
        var outsider = OrgNumbers.Next();
        var askerToken = await App.SupplierAsync(asker, ("CPV", "48000000-8"));
        var registeredToken = await App.SupplierAsync(registered, ("CPV", "48000000-8"));
        await App.SupplierAsync(outsider, ("CPV", "48000000-8"));
        await App.PersonAsync("supplier", asker, "Asker En", "en@asker.test");
        await App.PersonAsync("supplier", asker, "Asker To", "to@asker.test");
        await App.PersonAsync("supplier", registered, "Rita Registrert", "rita@registrert.test");
        await App.PersonAsync("supplier", outsider, "Ove Utenfor", "ove@utenfor.test");

        var (consortium, lead, _) = await App.ConsortiumInDialogueAsync("1833", "1824");
        var eventId = (await App.AnnounceAsync(lead, DialogueApi.Announcement(consortium, DateTimeOffset.UtcNow)))["id"]!.GetValue<string>();
        (await App.RegisterAsync(askerToken, eventId)).Ok();
        (await App.RegisterAsync(registeredToken, eventId)).Ok();
        var questionId = (await App.AskAsync(askerToken, consortium, "Må alarmene følge EN 50134?")).Ok()["askQuestion"]!["id"]!.GetValue<string>();
        (await App.AnswerAsync(lead, questionId, "Ja, EN 50134 gjelder.")).Ok();

        string[] inDialogue = ["en@asker.test", "to@asker.test", "rita@registrert.test"];
        static bool IsAnswer(ReceivedMail m) => m.Subject.StartsWith("Nytt svar", StringComparison.Ordinal);
        await Wait.UntilAsync(() => inDialogue.All(a => App.Smtp.To(a).Any(IsAnswer)), "the answer mails");
        await App.QuietAsync();

        var answers = inDialogue.Select(a => Assert.Single(App.Smtp.To(a), IsAnswer)).ToList();
        Assert.Single(answers.Select(m => m.SessionId).Distinct());
        Assert.Single(answers.Select(m => m.Subject).Distinct());
        Assert.Single(answers.Select(m => WithoutPersonalLinks(m.Text)).Distinct());
        Assert.Contains("Spørsmål: Må alarmene følge EN 50134?", answers[0].Text);
        Assert.Contains("Svar: Ja, EN 50134 gjelder.", answers[0].Text);
        foreach (var m in answers)
        {
            Assert.DoesNotContain(asker, m.Text + m.Html + m.Subject);
            Assert.DoesNotContain($"Leverandør {asker} AS", m.Text + m.Html);
        }
        // The outsider follows the field but is not in this dialogue (not registered, not following the consortium).
        Assert.DoesNotContain(App.Smtp.To("ove@utenfor.test"), IsAnswer);
    }

    [Fact]
    public async Task The_day_before_the_registration_deadline_registered_and_following_suppliers_are_reminded_once_by_mail()
    {
        var registered = OrgNumbers.Next();
        var follower = OrgNumbers.Next();
        var outsider = OrgNumbers.Next();
        var registeredToken = await App.SupplierAsync(registered, ("CPV", "45000000-7"));
        await App.SupplierAsync(follower, ("CPV", "48000000-8"));
        await App.SupplierAsync(outsider, ("CPV", "45000000-7"));
        await App.PersonAsync("supplier", registered, "Rolf Registrert", "rolf@registrert.test");
        await App.PersonAsync("supplier", follower, "Frida Følger", "frida@folger.test");
        await App.PersonAsync("supplier", outsider, "Otto Utenfor", "otto@utenfor.test");

        // The deadline is a day and a few seconds away, so the reminder (a durable Orleans reminder) falls due at once.
        var (consortium, lead, _) = await App.ConsortiumInDialogueAsync("1839", "1840");
        var eventId = (await App.AnnounceAsync(lead, DialogueApi.Announcement(consortium, DateTimeOffset.UtcNow,
            deadlineIn: TimeSpan.FromDays(1) + TimeSpan.FromSeconds(5), title: "Dialogmøte om snørydding")))["id"]!.GetValue<string>();
        (await App.RegisterAsync(registeredToken, eventId)).Ok();

        static bool IsReminder(ReceivedMail m) => m.Subject.StartsWith("Påmeldingsfristen går ut i morgen", StringComparison.Ordinal);
        string[] reminded = ["rolf@registrert.test", "frida@folger.test"];
        await Wait.UntilAsync(() => reminded.All(a => App.Smtp.To(a).Any(IsReminder)), "the deadline reminders", TimeSpan.FromMinutes(3));
        await App.QuietAsync();

        foreach (var address in reminded)
        {
            var mail = Assert.Single(App.Smtp.To(address), IsReminder);
            Assert.Equal("Påmeldingsfristen går ut i morgen: «Dialogmøte om snørydding»", mail.Subject);
            Assert.Contains("Påmeldingsfristen for «Dialogmøte om snørydding» i innkjøpssamarbeidet «Felles anskaffelse» går ut", mail.Text);
            Assert.Contains($"{MailApp.PublicBase}/dialogmoter/{eventId}", mail.Text);
            Assert.Contains("kind=REGISTRATION_DEADLINE", mail.Header("List-Unsubscribe"));
        }
        Assert.DoesNotContain(App.Smtp.To("otto@utenfor.test"), IsReminder);
    }

    private static string WithoutPersonalLinks(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.Contains("unsubscribe?", StringComparison.Ordinal)));
}
