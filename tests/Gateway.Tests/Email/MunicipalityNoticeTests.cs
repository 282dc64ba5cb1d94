using System.Text.Json.Nodes;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Email;

/// <summary>Municipality people's e-mails through the real silo and a real SMTP server: invitations, membership, phases.</summary>
public sealed class MunicipalityNoticeTests(MailFixture fixture) : IClassFixture<MailFixture>
{
    private MailApp App => fixture.App;

    private async Task<string> ConsortiumAsync(string leadToken, string title)
    {
        var need = (await App.GraphQLAsync("mutation { publishNeed(input: { title: \"Trygghetsteknologi\", description: \"d\", cpv: [\"48100000-9\"], category: SERVICES, estimatedValueNok: 900000, openToCollaboration: false }) { id } }",
            token: leadToken)).Ok()["publishNeed"]!["id"]!.GetValue<string>();
        return (await App.GraphQLAsync("mutation($t: String!, $n: ID) { createConsortium(input: { title: $t, description: \"d\", needId: $n }) { id } }",
            new { t = title, n = need }, leadToken)).Ok()["createConsortium"]!["id"]!.GetValue<string>();
    }

    private Task InviteAsync(string leadToken, string consortiumId, string municipality, string? message = null) =>
        App.GraphQLAsync("mutation($c: ID!, $m: ID!, $msg: String) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m, message: $msg) { id } }",
            new { c = consortiumId, m = municipality, msg = message }, leadToken).ContinueWith(t => t.Result.Ok());

    private Task RespondAsync(string token, string consortiumId, bool accept) =>
        App.GraphQLAsync("mutation($c: ID!, $a: Boolean!) { respondToInvitation(consortiumId: $c, accept: $a) { id } }",
            new { c = consortiumId, a = accept }, token).ContinueWith(t => t.Result.Ok());

    [Fact]
    public async Task An_invitation_mails_exactly_the_invited_municipalitys_people_in_Norwegian_with_link_and_one_click_unsubscribe()
    {
        var (_, kari) = await App.PersonAsync("municipality", "1806", "Kari Narvik", "kari@narvik.kommune.no");
        var (_, per) = await App.PersonAsync("municipality", "1806", "Per Narvik", "per@narvik.kommune.no");
        var (_, lead) = await App.PersonAsync("municipality", "1804", "Lise Bodø", "lise@bodo.kommune.no");
        var (_, elsewhere) = await App.PersonAsync("municipality", "1820", "Ola Alstahaug", "ola@alstahaug.kommune.no");
        var bodo = await App.MunicipalityToken("1804");

        var id = await ConsortiumAsync(bodo, "Trygghet i nord");
        await InviteAsync(bodo, id, "1806", "Bli med oss?");
        await Wait.UntilAsync(() => App.Smtp.To("kari@narvik.kommune.no").Count > 0 && App.Smtp.To("per@narvik.kommune.no").Count > 0, "the invitation mails");
        await App.QuietAsync();

        Assert.Empty(App.Smtp.To("lise@bodo.kommune.no"));
        Assert.Empty(App.Smtp.To("ola@alstahaug.kommune.no"));
        foreach (var (address, person) in new[] { ("kari@narvik.kommune.no", kari), ("per@narvik.kommune.no", per) })
        {
            var mail = Assert.Single(App.Smtp.To(address));
            Assert.Equal([address], mail.Recipients);
            Assert.Equal("Invitasjon til innkjøpssamarbeidet «Trygghet i nord»", mail.Subject);
            Assert.Contains("Bodø kommune inviterer Narvik kommune til å bli med i innkjøpssamarbeidet «Trygghet i nord».", mail.Text);
            Assert.Contains("Hilsen fra vertskommunen: «Bli med oss?»", mail.Text);
            Assert.Contains($"{MailApp.PublicBase}/kommune/samarbeid/{id}", mail.Text);
            Assert.Contains($"href=\"{MailApp.PublicBase}/kommune/samarbeid/{id}\"", mail.Html);
            Assert.Contains("<html lang=\"nb\">", mail.Html);
            var personId = person["id"]!.GetValue<string>();
            var unsubscribe = mail.Header("List-Unsubscribe");
            Assert.NotNull(unsubscribe);
            Assert.StartsWith($"<{MailApp.PublicBase}/notifications/unsubscribe?person={personId}&kind=INVITATION&token=", unsubscribe);
            Assert.Equal("List-Unsubscribe=One-Click", mail.Header("List-Unsubscribe-Post"));
            Assert.Contains(unsubscribe.Trim('<', '>'), mail.Text);
        }
        Assert.NotEqual(App.Smtp.To("kari@narvik.kommune.no")[0].Header("List-Unsubscribe"), App.Smtp.To("per@narvik.kommune.no")[0].Header("List-Unsubscribe"));
    }

    [Fact]
    public async Task A_municipality_that_left_gets_nothing_more_while_the_members_hear_it_left_and_of_the_next_phase()
    {
        await App.PersonAsync("municipality", "1833", "Anne Rana", "anne@rana.kommune.no");
        await App.PersonAsync("municipality", "1824", "Vidar Vefsn", "vidar@vefsn.kommune.no");
        await App.PersonAsync("municipality", "1813", "Berit Brønnøy", "berit@bronnoy.kommune.no");
        var lead = await App.MunicipalityToken("1833");
        var stays = await App.MunicipalityToken("1824");
        var leaves = await App.MunicipalityToken("1813");
        var id = await ConsortiumAsync(lead, "Velferdsteknologi på Helgeland");
        await InviteAsync(lead, id, "1824");
        await InviteAsync(lead, id, "1813");
        await RespondAsync(stays, id, true);
        await RespondAsync(leaves, id, true);
        await App.QuietAsync();
        var beforeLeaving = App.Smtp.To("berit@bronnoy.kommune.no").Count;

        (await App.GraphQLAsync("mutation($c: ID!) { leaveConsortium(consortiumId: $c) { id } }", new { c = id }, leaves)).Ok();
        await App.AdvanceAsync(id, lead, "NEEDS_CLARIFICATION");
        await Wait.UntilAsync(() => App.Smtp.To("vidar@vefsn.kommune.no").Any(m => m.Subject.Contains("behovsavklaring")), "the phase change mail");
        await App.QuietAsync();

        Assert.Equal(beforeLeaving, App.Smtp.To("berit@bronnoy.kommune.no").Count);
        var left = Assert.Single(App.Smtp.To("vidar@vefsn.kommune.no"), m => m.Subject == "Brønnøy kommune gikk ut av «Velferdsteknologi på Helgeland»");
        Assert.Contains("Brønnøy kommune har gått ut av innkjøpssamarbeidet", left.Text);
        Assert.Single(App.Smtp.To("anne@rana.kommune.no"), m => m.Subject.Contains("gikk ut av"));
        var phase = Assert.Single(App.Smtp.To("vidar@vefsn.kommune.no"), m => m.Subject.Contains("fasen"));
        Assert.Equal("«Velferdsteknologi på Helgeland» er nå i fasen behovsavklaring", phase.Subject);
        Assert.Contains("fra etablering til behovsavklaring", phase.Text);
        Assert.DoesNotContain(App.Smtp.To("berit@bronnoy.kommune.no"), m => m.Subject.Contains("fasen") || m.Subject.Contains("gikk ut"));
    }
}
