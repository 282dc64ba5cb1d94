using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using Ical.Net;
using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>
/// The market dialogue in four browsers: a lead municipality, supplier A that follows the consortium's CPV area,
/// supplier B that follows nothing relevant, and an anonymous visitor — announcements, registrations and answers
/// reach every open page without reload, the asker is never named, and the feed and calendar file parse.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed partial class DialogueJourneyTests(WebAppFixture app)
{
    private const string EventTitle = "Dialogkonferanse: trygghetsteknologi";
    private const string Question = "Må alarmene følge EN 50134?";
    private const string Answer = "Ja, EN 50134 gjelder for alle alarmene.";

    [Fact]
    public async Task Lead_announces_suppliers_hear_and_register_and_the_answer_reaches_everyone_without_naming_the_asker()
    {
        var consortiumId = await ConsortiumInMarketDialogueAsync();

        // Supplier A registers and follows CPV 33000000-0 (medical equipment) on Min bedrift, then keeps Varsler open.
        await using var a = await BrowserUser.OpenAsync(app, "Nordlys");
        await DevSession.SignInAsync(a.Context, app.Silo, "supplier", "923609016", "Nordlys AS");
        await a.Page.GotoAsync("/leverandor");
        await a.ExpectPageHeadingAsync("Min bedrift");
        await Expect(a.Page.GetByRole(AriaRole.Textbox, new() { Name = "Navn på virksomheten" })).ToHaveValueAsync("Nordlys AS");
        await a.CheckPageAsync("Min bedrift før registrering");
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Registrer virksomheten" }).ClickAsync();
        await a.ExpectPageHeadingAsync("Min bedrift – Nordlys AS");
        await a.Page.GetByRole(AriaRole.Textbox, new() { Name = "Søk etter CPV-kode" }).FillAsync("33000000");
        await a.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Legg til 33000000-0") }).ClickAsync();
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Følg koden" }).ClickAsync();
        await Expect(a.Page.GetByText(new Regex("^Dere følger nå CPV 33000000-0"))).ToBeVisibleAsync();
        await a.CheckPageAsync("Min bedrift");
        await a.Page.GetByRole(AriaRole.Link, new() { Name = "Varsler" }).ClickAsync();
        await a.ExpectPageHeadingAsync("Varsler");
        await a.ExpectConnectedAsync();
        await MarkAsync(a.Page);

        // Supplier B follows a county far away, and keeps its Varsler open too.
        await using var b = await BrowserUser.OpenAsync(app, "Fjordtech");
        var bToken = await DevSession.SignInAsync(b.Context, app.Silo, "supplier", "974760673", "Fjordtech AS");
        await RunAsync(bToken, "mutation { registerSupplier(input: { name: \"Fjordtech AS\" }) { orgNumber } }");
        await RunAsync(bToken, "mutation { follow(input: { kind: COUNTY, value: \"03\" }) { orgNumber } }");
        await b.Page.GotoAsync("/leverandor/varsler");
        await b.ExpectPageHeadingAsync("Varsler");
        await b.ExpectConnectedAsync();
        await Expect(b.Page.GetByText("Ingen varsler ennå.")).ToBeVisibleAsync();
        await b.CheckPageAsync("Varsler uten varsler");

        // The lead announces on its consortium page.
        await using var lead = await BrowserUser.OpenAsync(app, "Bodø");
        await DevSession.SignInAsync(lead.Context, app.Silo, "municipality", "1804", "Kari i Bodø");
        await lead.Page.GotoAsync($"/kommune/samarbeid/{consortiumId}");
        await lead.ExpectPageHeadingAsync("Trygghet i nord");
        await lead.ExpectConnectedAsync();
        var dialogue = lead.Page.GetByRole(AriaRole.Region, new() { Name = "Markedsdialog" });
        await dialogue.GetByText("Kunngjør et dialogmøte").ClickAsync();
        // A wall-clock date in Oslo (the form takes local time): Kind Unspecified, so it converts from Europe/Oslo.
        var starts = DateTime.SpecifyKind(DateTime.Today.AddDays(40), DateTimeKind.Unspecified);
        await dialogue.GetByLabel("Tittel", new() { Exact = true }).FillAsync(EventTitle);
        await dialogue.GetByLabel("Program og beskrivelse").FillAsync("09:00 Velkommen\n10:00 Behovet\n12:00 Lunsj og en-til-en");
        await dialogue.GetByLabel("Starter").FillAsync(Local(starts.AddHours(9)));
        await dialogue.GetByLabel("Slutter").FillAsync(Local(starts.AddHours(15)));
        await dialogue.GetByLabel("Sted eller møtelenke").FillAsync("Stormen, Bodø");
        await dialogue.GetByLabel("Påmeldingsfrist").FillAsync(Local(starts.AddDays(-7).AddHours(12)));
        await dialogue.GetByLabel("Antall plasser (valgfritt)").FillAsync("60");
        await lead.CheckPageAsync("Samarbeid med kunngjøringsskjema");
        await dialogue.GetByRole(AriaRole.Button, new() { Name = "Kunngjør", Exact = true }).ClickAsync();
        await Expect(dialogue.GetByText("Dialogmøtet er kunngjort.")).ToBeVisibleAsync();
        var eventLink = dialogue.GetByRole(AriaRole.Link, new() { Name = EventTitle });
        await Expect(eventLink).ToBeVisibleAsync();
        var eventId = (await eventLink.GetAttributeAsync("href"))!.Split('/').Last();

        // A's open Varsler shows it with the reason, without reload; B's stays empty.
        var notices = a.Page.GetByTestId("notifications");
        await Expect(notices.GetByText($"Nytt dialogmøte: «{EventTitle}»")).ToBeVisibleAsync();
        await Expect(notices.GetByText(new Regex("Fordi dere følger CPV 33000000-0"))).ToBeVisibleAsync();
        await Expect(notices.GetByText("Ulest")).ToBeVisibleAsync();
        await AssertNotReloadedAsync(a.Page);
        await a.CheckPageAsync("Varsler med kunngjøring");
        await Expect(b.Page.GetByText("Ingen varsler ennå.")).ToBeVisibleAsync();

        // Anyone finds it on Dialogmøter, opens it and downloads the calendar file.
        await using var anon = await BrowserUser.OpenAsync(app, "anonym");
        await anon.Page.GotoAsync("/dialogmoter");
        await anon.ExpectPageHeadingAsync("Dialogmøter");
        await anon.CheckPageAsync("Dialogmøter");
        await Screenshots.SaveAsync(anon.Page, "dialogmoter.png");
        // The filters ask the server: another county has none, the lead's county has it again.
        await anon.Page.GetByLabel("Fylke").SelectOptionAsync(new SelectOptionValue { Label = "Vestland" });
        await Expect(anon.Page.GetByText("Ingen dialogmøter passer filtrene.")).ToBeVisibleAsync();
        await anon.Page.GetByLabel("Fylke").SelectOptionAsync(new SelectOptionValue { Label = "Nordland" });
        await anon.Page.GetByLabel("Type møte").SelectOptionAsync(new SelectOptionValue { Label = "Dialogkonferanse" });
        await anon.Page.GetByRole(AriaRole.Link, new() { Name = EventTitle }).ClickAsync();
        await anon.ExpectPageHeadingAsync(EventTitle);
        await Expect(anon.Page).ToHaveTitleAsync($"{EventTitle} – Samspill");
        await Expect(anon.Page.Locator("meta[name=description]")).ToHaveAttributeAsync("content", new Regex("Trygghet i nord"));
        await Expect(anon.Page.GetByRole(AriaRole.Link, new() { Name = "Logg inn for å melde deg på" })).ToBeVisibleAsync();
        var capacity = anon.Page.GetByTestId("capacity-left");
        await Expect(capacity).ToHaveTextAsync("60");
        await anon.ExpectConnectedAsync();
        await anon.CheckPageAsync("Dialogmøte");
        await MarkAsync(anon.Page);
        var ics = await anon.Page.GetByRole(AriaRole.Link, new() { Name = "Legg til i kalender" }).GetAttributeAsync("href");
        var icsResponse = await anon.Page.APIRequest.GetAsync(ics!);
        Assert.True(icsResponse.Ok);
        var calendar = Calendar.Load(await icsResponse.TextAsync())!;
        var vevent = Assert.Single(calendar.Events);
        Assert.Equal(EventTitle, vevent.Summary);
        Assert.Equal("Stormen, Bodø", vevent.Location);
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(starts.AddHours(9), TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")), vevent.Start!.AsUtc);

        // A registers two attendees: the anonymous page's capacity changes live.
        await a.Page.GotoAsync($"/dialogmoter/{eventId}");
        await a.ExpectPageHeadingAsync(EventTitle);
        await a.Page.GetByRole(AriaRole.Spinbutton, new() { Name = "Antall deltakere" }).FillAsync("2");
        await a.Page.GetByRole(AriaRole.Button, new() { Name = "Meld på", Exact = true }).ClickAsync();
        await Expect(a.Page.GetByText("Dere er påmeldt med 2 deltakere.")).ToBeVisibleAsync();
        await Expect(capacity).ToHaveTextAsync("58");
        await a.CheckPageAsync("Dialogmøte som påmeldt");
        await MarkAsync(a.Page);

        // B registers, then asks.
        await b.Page.GotoAsync($"/dialogmoter/{eventId}");
        await b.ExpectPageHeadingAsync(EventTitle);
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Meld på", Exact = true }).ClickAsync();
        await Expect(b.Page.GetByText("Dere er påmeldt med 1 deltaker.")).ToBeVisibleAsync();
        await Expect(capacity).ToHaveTextAsync("57");
        await b.Page.GetByRole(AriaRole.Textbox, new() { Name = "Spørsmål" }).FillAsync(Question);
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Send spørsmålet" }).ClickAsync();
        await Expect(b.Page.GetByText("Spørsmålet er sendt.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(b.Page.GetByTestId("my-questions").GetByText(Question)).ToBeVisibleAsync();
        await b.CheckPageAsync("Dialogmøte med eget spørsmål");
        await MarkAsync(b.Page);

        // The lead sees both registrations and the question (with the asker, for members only), and answers.
        await Expect(dialogue.GetByRole(AriaRole.Cell, new() { Name = "Fjordtech AS" })).ToBeVisibleAsync();
        await Expect(dialogue.GetByRole(AriaRole.Cell, new() { Name = "Nordlys AS" })).ToBeVisibleAsync();
        await Expect(dialogue.GetByText("Spurt av Fjordtech AS", new() { Exact = false })).ToBeVisibleAsync();
        await lead.CheckPageAsync("Samarbeid med spørsmål");
        await dialogue.GetByLabel($"Svar: {Question}").FillAsync(Answer);
        await dialogue.GetByRole(AriaRole.Button, new() { Name = "Publiser svaret" }).ClickAsync();

        // The answer appears on A's and B's open pages (and the anonymous one) without reload, naming nobody.
        foreach (var user in new[] { a, b, anon })
        {
            var answers = user.Page.GetByTestId("published-answers");
            await Expect(answers.GetByText(Answer, new() { Exact = false })).ToBeVisibleAsync();
            await Expect(answers).Not.ToContainTextAsync("Fjordtech");
            await Expect(answers).Not.ToContainTextAsync("974760673");
            await AssertNotReloadedAsync(user.Page);
            await user.CheckPageAsync("Dialogmøte med svar");
        }
        await Expect(a.Page.Locator("main")).Not.ToContainTextAsync("Fjordtech");

        // The Atom feed is valid Atom and lists the event.
        var feedResponse = await anon.Page.APIRequest.GetAsync("/feeds/dialogue-events.atom");
        Assert.True(feedResponse.Ok);
        using var reader = XmlReader.Create(new StringReader(await feedResponse.TextAsync()));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        Assert.Contains(formatter.Feed.Items, i => i.Id == $"urn:samspill:dialogue-event:{eventId}" && i.Title.Text.EndsWith(EventTitle, StringComparison.Ordinal));
    }

    /// <summary>Bodø and Narvik pool a need on CPV 33196200-2 and move to the market dialogue (arranged through the API).</summary>
    private async Task<string> ConsortiumInMarketDialogueAsync()
    {
        var bodo = await Api.ForMunicipalityAsync(app.Silo, "1804", "Kari i Bodø");
        var narvik = await Api.ForMunicipalityAsync(app.Silo, "1806", "Nils i Narvik");
        var need = await bodo.PublishNeedAsync("Trygghetsalarmer for hjemmeboende", 900_000, "33196200-2");
        var id = await bodo.CreateConsortiumAsync("Trygghet i nord", need);
        await bodo.InviteAsync(id, "1806");
        await narvik.RunAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = id });
        foreach (var phase in new[] { "NEEDS_CLARIFICATION", "MARKET_DIALOGUE" })
            await bodo.RunAsync("mutation($c: ID!, $p: ConsortiumPhase!) { advancePhase(consortiumId: $c, to: $p) { phase } }", new { c = id, p = phase });
        return id;
    }

    private async Task<JsonNode> RunAsync(string token, string query) => await new Api(app.Silo, token).RunAsync(query);

    private static string Local(DateTime oslo) => oslo.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static Task MarkAsync(IPage page) => page.EvaluateAsync("() => { window.__samspillNotReloaded = true; }");

    private static async Task AssertNotReloadedAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samspillNotReloaded === true"), "the page was reloaded");
}
