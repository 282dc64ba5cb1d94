using System.Net;
using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Tests.Email;

/// <summary>How mail is delivered: retries when SMTP refuses, the 07:00 digest, one-click unsubscribe, confirming an address.</summary>
public sealed class DeliveryTests(MailFixture fixture) : IClassFixture<MailFixture>
{
    private MailApp App => fixture.App;

    private async Task<string> InviteAsync(string lead, string invited, string title)
    {
        var leadToken = await App.MunicipalityToken(lead);
        var id = (await App.GraphQLAsync("mutation($t: String!) { createConsortium(input: { title: $t, description: \"d\" }) { id } }", new { t = title }, leadToken))
            .Ok()["createConsortium"]!["id"]!.GetValue<string>();
        (await App.GraphQLAsync("mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m) { id } }", new { c = id, m = invited }, leadToken)).Ok();
        return id;
    }

    private Uri Local(string mailUrl) => new(App.BaseUrl, mailUrl.Trim('<', '>').Replace(MailApp.PublicBase, ""));

    [Fact]
    public async Task A_server_that_refuses_for_a_while_gets_the_mail_later_once()
    {
        await App.PersonAsync("municipality", "3401", "Kjell Kongsvinger", "kjell@kongsvinger.test");
        App.Smtp.RefuseNext(3);
        var refusedBefore = App.Smtp.Refused;

        await InviteAsync("3403", "3401", "Sammen om skoleskyss");
        await Wait.UntilAsync(() => App.Smtp.To("kjell@kongsvinger.test").Count > 0, "the mail after the refusals");
        await App.QuietAsync();

        Assert.Equal(3, App.Smtp.Refused - refusedBefore);
        var mail = Assert.Single(App.Smtp.To("kjell@kongsvinger.test"));
        Assert.Equal("Invitasjon til innkjøpssamarbeidet «Sammen om skoleskyss»", mail.Subject);
    }

    [Fact]
    public async Task The_digest_collects_a_days_notices_into_one_message_at_0700_Oslo_with_the_clock_passed_in()
    {
        var (token, _) = await App.PersonAsync("municipality", "3405", "Dagny Digest", "dagny@lillehammer.test");
        (await App.GraphQLAsync("mutation { updateNotificationSettings(settings: [{ kind: INVITATION, delivery: DAILY_DIGEST }]) { notificationSettings { kind delivery } } }", token: token)).Ok();
        var before = DateTimeOffset.UtcNow;
        await InviteAsync("3407", "3405", "Felles legevakt");
        await InviteAsync("3411", "3405", "Digital hjemmeoppfølging");
        await App.QuietAsync();
        Assert.Empty(App.Smtp.To("dagny@lillehammer.test"));

        var due = PersonRules.DigestDueAfter(before);
        Assert.Equal(7, TimeZoneInfo.ConvertTime(due, PersonRules.Oslo).Hour);
        await App.Clock.TickAsync(due.AddMinutes(-1));
        Assert.Empty(App.Smtp.To("dagny@lillehammer.test"));

        await App.Clock.TickAsync(due);
        await Wait.UntilAsync(() => App.Smtp.To("dagny@lillehammer.test").Count > 0, "the digest");
        await App.Clock.TickAsync(due.AddMinutes(5));

        var digest = Assert.Single(App.Smtp.To("dagny@lillehammer.test"));
        Assert.StartsWith("Dagens varsler fra Samspill ", digest.Subject);
        Assert.Contains("(2 varsler)", digest.Text);
        Assert.Contains("Invitasjon til innkjøpssamarbeidet «Felles legevakt»", digest.Text);
        Assert.Contains("Invitasjon til innkjøpssamarbeidet «Digital hjemmeoppfølging»", digest.Text);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Header("List-Unsubscribe-Post"));
    }

    [Fact]
    public async Task One_click_unsubscribe_needs_no_sign_in_and_stops_that_kind_only_with_the_right_token()
    {
        var (token, _) = await App.PersonAsync("municipality", "3413", "Ulla Unsubscribe", "ulla@stange.test");
        await InviteAsync("3415", "3413", "Første invitasjon");
        await Wait.UntilAsync(() => App.Smtp.To("ulla@stange.test").Count > 0, "the first invitation");
        var link = App.Smtp.To("ulla@stange.test")[0].Header("List-Unsubscribe")!;

        using var anonymous = new HttpClient();
        var page = await anonymous.GetAsync(Local(link));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\"", html);
        Assert.Contains("Vil du slutte å få varsler om invitasjoner til innkjøpssamarbeid fra Samspill på e-post?", html);
        var forged = await anonymous.PostAsync(Local(link.Replace("token=", "token=00")), new StringContent("List-Unsubscribe=One-Click"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("IMMEDIATELY", await DeliveryAsync(token, "INVITATION"));

        var oneClick = await anonymous.PostAsync(Local(link), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal("NEVER", await DeliveryAsync(token, "INVITATION"));
        Assert.Equal("IMMEDIATELY", await DeliveryAsync(token, "PHASE_CHANGE"));

        await InviteAsync("3418", "3413", "Andre invitasjon");
        await App.QuietAsync();
        Assert.Single(App.Smtp.To("ulla@stange.test"));
    }

    [Fact]
    public async Task An_address_typed_in_gets_only_its_confirmation_link_until_confirmed()
    {
        var (token, person) = await App.PersonAsync("municipality", "3420", "Nora Uten Epost", email: null);
        Assert.Null(person["email"]);
        var asked = (await App.GraphQLAsync("mutation { setNotificationEmail(email: \"nora@elverum.test\") { email emailConfirmed pendingEmail } }", token: token)).Ok()["setNotificationEmail"]!;
        Assert.False(asked["emailConfirmed"]!.GetValue<bool>());
        Assert.Equal("nora@elverum.test", asked["pendingEmail"]!.GetValue<string>());
        await Wait.UntilAsync(() => App.Smtp.To("nora@elverum.test").Count > 0, "the confirmation mail");
        var confirmation = Assert.Single(App.Smtp.To("nora@elverum.test"));
        Assert.Equal("Bekreft e-postadressen din i Samspill", confirmation.Subject);

        await InviteAsync("3422", "3420", "Før bekreftelsen");
        await App.QuietAsync();
        Assert.Single(App.Smtp.To("nora@elverum.test"));

        var link = confirmation.Text.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("Bekreft e-postadressen:", StringComparison.Ordinal))["Bekreft e-postadressen:".Length..].Trim();
        using var anonymous = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync(Local(link), new StringContent(""))).StatusCode);
        var confirmed = (await App.GraphQLAsync("{ viewer { person { email emailConfirmed } } }", token: token)).Ok()["viewer"]!["person"]!;
        Assert.True(confirmed["emailConfirmed"]!.GetValue<bool>());

        await InviteAsync("3424", "3420", "Etter bekreftelsen");
        await Wait.UntilAsync(() => App.Smtp.To("nora@elverum.test").Count > 1, "the invitation after confirming");
        Assert.Equal("Invitasjon til innkjøpssamarbeidet «Etter bekreftelsen»", App.Smtp.To("nora@elverum.test")[1].Subject);
    }

    private async Task<string> DeliveryAsync(string token, string kind)
    {
        var settings = (await App.GraphQLAsync("{ viewer { person { notificationSettings { kind delivery } } } }", token: token)).Ok()["viewer"]!["person"]!["notificationSettings"]!.AsArray();
        return settings.First(s => s!["kind"]!.GetValue<string>() == kind)!["delivery"]!.GetValue<string>();
    }
}
