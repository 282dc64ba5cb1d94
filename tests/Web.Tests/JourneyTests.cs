using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>
/// The journey of issue 11, in two browsers as two municipalities against the real silo: Bodø and Narvik find each
/// other through similar needs, form a consortium, pool their needs over the EEA threshold, and the competition
/// cannot start before the mandates are in. Everything after the first load of a page arrives live.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class JourneyTests(WebAppFixture app)
{
    private static readonly NeedDraft BodoNeed = new(
        "Digitalt tilsyn i hjemmetjenesten", "Sensorer og varsling for hjemmeboende eldre.",
        "33196200", "33196200-2", "Varer", 900_000, "2027-01-01", "2027-12-31");

    private static readonly NeedDraft NarvikNeed = new(
        "Trygghetsteknologi for hjemmeboende", "Varsling og sensorer i hjemmetjenesten.",
        "33196200", "33196200-2", "Varer", 1_600_000, "2027-03-01", "2027-12-31");

    [Fact]
    public async Task Two_municipalities_find_each_other_form_a_consortium_and_cannot_start_the_competition_without_mandates()
    {
        await using var bodo = await BrowserUser.OpenAsync(app, "Bodø");
        await using var narvik = await BrowserUser.OpenAsync(app, "Narvik");

        // Bodø signs in and publishes a need, then keeps its Oversikt open.
        await bodo.SignInAsMunicipalityAsync("Bodø", "1804", "Kari i Bodø");
        await bodo.PublishNeedAsync(BodoNeed);
        await bodo.Page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Oversikt" }).ClickAsync();
        await bodo.ExpectOverviewAsync("Bodø");
        await Expect(Section(bodo.Page, "Mine behov").GetByRole(AriaRole.Link, new() { Name = BodoNeed.Title, Exact = true })).ToBeVisibleAsync();
        await Expect(Section(bodo.Page, "Invitasjoner som venter på svar").GetByText("Ingen invitasjoner venter på svar.")).ToBeVisibleAsync();
        await OverviewLiveTests.MarkPageAsync(bodo.Page);

        // Narvik publishes a similar need and sees Bodø's among the similar needs, with the reasons in Norwegian.
        await narvik.SignInAsMunicipalityAsync("Narvik", "1806", "Ola i Narvik");
        await narvik.PublishNeedAsync(NarvikNeed);
        var similar = Section(narvik.Page, "Lignende behov i andre kommuner");
        var bodoMatch = similar.GetByRole(AriaRole.Listitem).Filter(new() { Has = narvik.Page.GetByRole(AriaRole.Heading, new() { Name = $"Bodø: {BodoNeed.Title}" }) });
        await Expect(bodoMatch).ToBeVisibleAsync();
        await Expect(bodoMatch.GetByText("samme CPV-område")).ToBeVisibleAsync();
        await Expect(bodoMatch.GetByText("overlappende tidsrom")).ToBeVisibleAsync();
        await narvik.CheckPageAsync("Behov i detalj med lignende behov");

        // One click: a consortium with Narvik's need, and Bodø invited.
        await bodoMatch.GetByRole(AriaRole.Button, new() { Name = "Opprett samarbeid og inviter Bodø" }).ClickAsync();
        var consortiumTitle = $"Felles anskaffelse: {NarvikNeed.Title}";
        await narvik.ExpectPageHeadingAsync(consortiumTitle);
        await Expect(narvik.Page.GetByText("Innkjøpssamarbeidet er opprettet, og Bodø er invitert.")).ToBeVisibleAsync();
        await Expect(MemberStatus(narvik.Page, "Bodø")).ToHaveTextAsync("Invitert");
        await Expect(Regime(narvik.Page)).ToContainTextAsync("Over nasjonal terskelverdi");
        await narvik.CheckPageAsync("Innkjøpssamarbeid");
        await OverviewLiveTests.MarkPageAsync(narvik.Page);
        var consortiumId = Regex.Match(narvik.Page.Url, "/kommune/samarbeid/([^/?#]+)").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(consortiumId), $"No consortium id in {narvik.Page.Url}");

        // Bodø's Oversikt, open all along, shows the invitation without a reload; Bodø accepts there.
        var invitations = Section(bodo.Page, "Invitasjoner som venter på svar");
        await Expect(invitations.GetByRole(AriaRole.Link, new() { Name = consortiumTitle, Exact = true })).ToBeVisibleAsync();
        await Expect(invitations.GetByText("Invitert av Narvik")).ToBeVisibleAsync();
        await bodo.CheckPageAsync("Oversikt med invitasjon");
        await invitations.GetByRole(AriaRole.Button, new() { Name = $"Takk ja til {consortiumTitle}" }).ClickAsync();
        await Expect(invitations.GetByText($"Dere er nå med i {consortiumTitle}.")).ToBeVisibleAsync();
        await Expect(Section(bodo.Page, "Mine innkjøpssamarbeid").GetByRole(AriaRole.Link, new() { Name = consortiumTitle, Exact = true })).ToBeVisibleAsync();
        await AssertNotReloadedAsync(bodo.Page, "Bodø's Oversikt");
        await bodo.CheckPageAsync("Oversikt etter svar");
        await Screenshots.SaveAsync(bodo.Page, "oversikt.png");

        // Narvik's consortium page, open all along, shows Bodø as a member without a reload.
        await Expect(MemberStatus(narvik.Page, "Bodø")).ToHaveTextAsync("Med");
        await AssertNotReloadedAsync(narvik.Page, "Narvik's consortium page");

        // Bodø pools its need: together 2,5 mill. kr of goods, over the EEA threshold, and both pages say so.
        await Section(bodo.Page, "Mine innkjøpssamarbeid").GetByRole(AriaRole.Link, new() { Name = consortiumTitle, Exact = true }).ClickAsync();
        await bodo.ExpectPageHeadingAsync(consortiumTitle);
        await bodo.CheckPageAsync("Innkjøpssamarbeid (medlem)");
        var pool = Section(bodo.Page, "Legg inn et av våre behov");
        var option = await pool.Locator("option").Filter(new() { HasText = BodoNeed.Title }).GetAttributeAsync("value");
        await pool.GetByLabel("Velg behov").SelectOptionAsync(option!);
        await pool.GetByRole(AriaRole.Button, new() { Name = "Legg inn behovet" }).ClickAsync();
        await Expect(pool.GetByText("Behovet er lagt inn.")).ToBeVisibleAsync();
        foreach (var user in new[] { bodo, narvik })
        {
            var value = Section(user.Page, "Behov i samarbeidet");
            await Expect(value.GetByText(BodoNeed.Title)).ToBeVisibleAsync();
            await Expect(Regime(user.Page)).ToContainTextAsync("Over EØS-terskelverdi");
            await Expect(value.GetByText("Samlet verdi er 2,5 mill. kr, over EØS-terskelverdien.")).ToBeVisibleAsync();
        }
        await AssertNotReloadedAsync(narvik.Page, "Narvik's consortium page");
        await narvik.CheckPageAsync("Innkjøpssamarbeid over EØS-terskelverdi");
        await Screenshots.SaveAsync(narvik.Page, "innkjopssamarbeid.png");

        // Narvik leads the consortium through the phases up to the market dialogue.
        var phases = Section(narvik.Page, "Faser");
        foreach (var phase in new[] { "Behovsavklaring", "Markedsdialog" })
        {
            await phases.GetByRole(AriaRole.Button, new() { Name = $"Gå videre til {phase}" }).ClickAsync();
            await Expect(phases.GetByText($"Samarbeidet er nå i fasen {phase}.")).ToBeVisibleAsync();
            await Expect(phases.GetByText($"Nåværende fase: {phase}")).ToBeVisibleAsync();
        }
        await Expect(Section(bodo.Page, "Faser").GetByText("Nåværende fase: Markedsdialog")).ToBeVisibleAsync();

        // The competition before the mandates are in: refused by the rule, in Norwegian, and nothing changes.
        await phases.GetByRole(AriaRole.Button, new() { Name = "Gå videre til Konkurranse" }).ClickAsync();
        await Expect(phases.GetByRole(AriaRole.Alert)).ToContainTextAsync("Alle medlemmer må ha registrert fullmakt før konkurransen kan starte.");
        await Expect(phases.GetByText("Nåværende fase: Markedsdialog")).ToBeVisibleAsync();
        await Expect(phases.GetByRole(AriaRole.Button, new() { Name = "Gå videre til Konkurranse" })).ToBeEnabledAsync();
        await narvik.CheckPageAsync("Innkjøpssamarbeid med avvisning");
        var api = new Api(app.Silo, await narvik.AccessTokenAsync());
        Assert.Equal("MARKET_DIALOGUE", await api.PhaseAsync(consortiumId));
        var members = await api.RunAsync("query($id: ID!) { consortium(id: $id) { membershipFrozen members { municipality { number } status } } }", new { id = consortiumId });
        Assert.False(members["consortium"]!["membershipFrozen"]!.GetValue<bool>());

        // After a reload the page still says Markedsdialog: the refusal changed nothing on the server.
        await narvik.Page.ReloadAsync();
        await narvik.ExpectPageHeadingAsync(consortiumTitle);
        await Expect(Section(narvik.Page, "Faser").GetByText("Nåværende fase: Markedsdialog")).ToBeVisibleAsync();
    }

    private static ILocator Section(IPage page, string heading) =>
        page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });

    /// <summary>The status cell of one municipality's row in the members table.</summary>
    private static ILocator MemberStatus(IPage page, string municipality) =>
        Section(page, "Medlemmer").GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex($"^{Regex.Escape(municipality)}(\\s|$)") }) })
            .GetByRole(AriaRole.Cell).Nth(2);

    private static ILocator Regime(IPage page) => Section(page, "Behov i samarbeidet");

    private static async Task AssertNotReloadedAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samspillNotReloaded === true"), $"{what} was reloaded; it should have updated live.");
}
