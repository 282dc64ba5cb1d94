using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>
/// Issue 14 in the browser: search from the top bar finds another municipality's need by a synonym and an earlier
/// case; a need is started from a case and published linked to it; similar needs say why in Norwegian and can be
/// dismissed; search works by keyboard alone; and a PRIVATE need never shows to a supplier or a visitor.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SearchJourneyTests(WebAppFixture app)
{
    private const string AgderCaseId = "agder-trygghets-og-varslingsteknologi";
    private const string AgderCase = "Felles anskaffelse av digital trygghets- og varslingsteknologi i Agder";

    [Fact]
    public async Task A_municipality_finds_a_need_by_a_synonym_and_a_case_and_starts_a_need_from_the_case()
    {
        // Andøy has published a need about welfare technology; it never says "trygghetsalarm".
        var andoy = await Api.ForMunicipalityAsync(app.Silo, "1871", "Andøy");
        var andoyTitle = $"Velferdsteknologi i hjemmetjenesten {Unique()}";
        var andoyNeed = await PublishAsync(andoy, andoyTitle, "Digitale løsninger som gir eldre trygghet hjemme.", "33196200-2", "MUNICIPALITIES");
        var hadsel = await Api.ForMunicipalityAsync(app.Silo, "1866", "Hadsel");
        await WaitUntilFoundAsync(hadsel, andoyTitle, andoyNeed);

        await using var user = await BrowserUser.OpenAsync(app, "Hadsel");
        await DevSession.SignInAsync(user.Context, app.Silo, "municipality", "1866", "Siri i Hadsel");
        var page = user.Page;
        await page.GotoAsync("/kommune");
        await user.ExpectPageHeadingAsync("Oversikt – Hadsel");

        // The search field in the top bar.
        await page.GetByRole(AriaRole.Search, new() { Name = "Søk i Samspill" }).GetByRole(AriaRole.Searchbox).FillAsync("trygghetsalarm");
        await page.GetByRole(AriaRole.Search, new() { Name = "Søk i Samspill" }).GetByRole(AriaRole.Button, new() { Name = "Søk" }).ClickAsync();
        await user.ExpectPageHeadingAsync("Søk");
        await Expect(page).ToHaveURLAsync(new Regex("/sok\\?q=trygghetsalarm$"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("treff på «trygghetsalarm»") })).ToBeVisibleAsync();
        var needs = Group(page, "Behov");
        await Expect(needs.GetByRole(AriaRole.Link, new() { Name = andoyTitle, Exact = true })).ToBeVisibleAsync();
        var cases = Group(page, "Tidligere saker");
        var caseLink = cases.GetByRole(AriaRole.Link, new() { Name = AgderCase, Exact = true });
        await Expect(caseLink).ToBeVisibleAsync();
        // The matched words are marked in the snippets.
        await Expect(cases.Locator("mark").First).ToBeVisibleAsync();
        await user.CheckPageAsync("Søk med treff");

        // A filter narrows to one kind, and the count follows.
        await page.GetByLabel("Type").SelectOptionAsync("CASE");
        await Expect(page).ToHaveURLAsync(new Regex("type=CASE"));
        await Expect(Group(page, "Behov")).ToHaveCountAsync(0);
        await Expect(caseLink).ToBeVisibleAsync();
        await user.CheckPageAsync("Søk avgrenset til tidligere saker");

        // The case page: what was bought, by whom, how, and the source.
        await caseLink.ClickAsync();
        await user.ExpectPageHeadingAsync(AgderCase);
        await Expect(Section(page, "Hva ble kjøpt").GetByText("Kristiansand kommune").First).ToBeVisibleAsync();
        await Expect(Section(page, "Hva ble kjøpt").GetByText("Konkurransepreget dialog", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Section(page, "Kommuner du kan spørre").GetByText("Kristiansand")).ToBeVisibleAsync();
        await Expect(Section(page, "Kilde").GetByRole(AriaRole.Link)).ToBeVisibleAsync();
        await user.CheckPageAsync("Sak");

        // Start a need from the case: the form is pre-filled with the case's codes and description.
        await page.GetByRole(AriaRole.Link, new() { Name = "Start et behov fra denne saken" }).ClickAsync();
        await user.ExpectPageHeadingAsync("Publiser et behov");
        await Expect(page.GetByText($"Behovet er fylt ut fra saken «{AgderCase}».")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Fjern 35121700-5") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Beskrivelse" })).Not.ToHaveValueAsync("");
        await user.CheckPageAsync("Publiser et behov fra en sak");
        var ownTitle = $"Digitale trygghetsalarmer i Hadsel {Unique()}";
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tittel" }).FillAsync(ownTitle);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Varer", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Anslått verdi" }).FillAsync("800000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiser behovet" }).ClickAsync();

        await user.ExpectPageHeadingAsync(ownTitle);
        await Expect(page.GetByText("Behovet er publisert.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = AgderCase, Exact = true })).ToBeVisibleAsync();
        await user.CheckPageAsync("Behov startet fra en sak");
        var needId = Regex.Match(page.Url, "/kommune/behov/([^/?#]+)").Groups[1].Value;
        var stored = await hadsel.RunAsync("query($id: ID!) { need(id: $id) { fromCase { id } cpv { code } } }", new { id = needId });
        Assert.Equal(AgderCaseId, stored["need"]!["fromCase"]!["id"]!.GetValue<string>());
        Assert.Contains("35121700-5", stored["need"]!["cpv"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_case_library_filters_and_its_pages_pass_axe()
    {
        await using var visitor = await BrowserUser.OpenAsync(app, "Besøkende");
        var page = visitor.Page;
        await page.GotoAsync("/dialogmoter");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Erfaringer" }).ClickAsync();
        await visitor.ExpectPageHeadingAsync("Erfaringer");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "32 saker" })).ToBeVisibleAsync();
        await visitor.CheckPageAsync("Erfaringer");

        await page.GetByLabel("Fagområde").SelectOptionAsync("velferdsteknologi");
        var expected = await CountCasesAsync("velferdsteknologi");
        Assert.InRange(expected, 2, 31);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{expected} saker" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = AgderCase, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Renere avfallsinnsamling", Exact = false })).ToHaveCountAsync(0);
        await visitor.CheckPageAsync("Erfaringer, filtrert");

        await page.GetByRole(AriaRole.Link, new() { Name = AgderCase, Exact = true }).ClickAsync();
        await visitor.ExpectPageHeadingAsync(AgderCase);
        // A visitor is asked to sign in before starting a need.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Logg inn som kommune for å starte et behov fra denne saken." })).ToBeVisibleAsync();
        await visitor.CheckPageAsync("Sak for besøkende");
    }

    [Fact]
    public async Task Similar_needs_say_why_in_Norwegian_and_a_suggestion_can_be_dismissed()
    {
        var lodingen = await Api.ForMunicipalityAsync(app.Silo, "1851", "Lødingen");
        var otherTitle = $"Brøyting av kommunale veier {Unique()}";
        var otherNeed = await PublishAsync(lodingen, otherTitle, "Brøyting og strøing av kommunale veier og plasser om vinteren.", "90620000-9", "MUNICIPALITIES");
        var brønnøy = await Api.ForMunicipalityAsync(app.Silo, "1813", "Brønnøy");
        var ownTitle = $"Snørydding og brøyting {Unique()}";
        var ownNeed = await PublishAsync(brønnøy, ownTitle, "Brøyting og snørydding av veier og plasser om vinteren.", "90620000-9", "MUNICIPALITIES");

        await using var user = await BrowserUser.OpenAsync(app, "Brønnøy");
        await DevSession.SignInAsync(user.Context, app.Silo, "municipality", "1813", "Bente i Brønnøy");
        var page = user.Page;
        await page.GotoAsync($"/kommune/behov/{ownNeed}");
        await user.ExpectPageHeadingAsync(ownTitle);
        var similar = Section(page, "Lignende behov i andre kommuner");
        var match = similar.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = $"Lødingen: {otherTitle}" }) });
        await Expect(match).ToBeVisibleAsync();
        await Expect(match.GetByText("Hvorfor dette forslaget?")).ToBeVisibleAsync();
        await Expect(match.GetByText(new Regex("^Behovene har samme CPV-område"))).ToBeVisibleAsync();
        await Expect(match.GetByText(new Regex("^Beskrivelsene ligner"))).ToBeVisibleAsync();
        await user.CheckPageAsync("Behov med begrunnede forslag");

        await match.GetByRole(AriaRole.Button, new() { Name = $"Ikke aktuelt: Lødingen, {otherTitle}" }).ClickAsync();
        await Expect(similar.GetByText("Forslaget fra Lødingen er merket som ikke aktuelt og blir ikke foreslått igjen.")).ToBeVisibleAsync();
        await Expect(match).ToHaveCountAsync(0);
        await user.CheckPageAsync("Behov etter Ikke aktuelt");

        // Dismissed stays dismissed: the list the server gives no longer has it.
        await page.ReloadAsync();
        await user.ExpectPageHeadingAsync(ownTitle);
        await Expect(similar.GetByText("Disse behovene ligner på deres.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(similar.GetByRole(AriaRole.Heading, new() { Name = $"Lødingen: {otherTitle}" })).ToHaveCountAsync(0);
        var left = await brønnøy.RunAsync("query($id: ID!) { similarNeeds(needId: $id) { need { id } } }", new { id = ownNeed });
        Assert.DoesNotContain(otherNeed, left["similarNeeds"]!.AsArray().Select(m => m!["need"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_works_by_keyboard_alone_with_a_visible_focus()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Sortland");
        await DevSession.SignInAsync(user.Context, app.Silo, "municipality", "1870", "Sara i Sortland");
        var page = user.Page;
        await page.GotoAsync("/kommune");
        await user.ExpectPageHeadingAsync("Oversikt – Sortland - Suortá");

        var field = page.GetByRole(AriaRole.Search, new() { Name = "Søk i Samspill" }).GetByRole(AriaRole.Searchbox);
        await page.TabToAsync(field, "the search field in the top bar");
        await page.Keyboard.TypeAsync("trygghetsalarm");
        await page.Keyboard.PressAsync("Enter");
        await user.ExpectPageHeadingAsync("Søk");
        var caseLink = Group(page, "Tidligere saker").GetByRole(AriaRole.Link, new() { Name = AgderCase, Exact = true });
        await page.TabToAsync(caseLink, "the case among the hits", maxPresses: 120);
        await page.Keyboard.PressAsync("Enter");
        await user.ExpectPageHeadingAsync(AgderCase);

        var start = page.GetByRole(AriaRole.Link, new() { Name = "Start et behov fra denne saken" });
        await page.TabToAsync(start, "Start et behov fra denne saken");
        await page.Keyboard.PressAsync("Enter");
        await user.ExpectPageHeadingAsync("Publiser et behov");
        await user.CheckPageAsync("Publiser et behov fra en sak, med tastatur");
    }

    [Fact]
    public async Task A_private_need_never_shows_in_a_suppliers_or_a_visitors_search()
    {
        var meloy = await Api.ForMunicipalityAsync(app.Silo, "1837", "Meløy");
        var title = $"Hemmelig kvernsteinsanlegg {Unique()}";
        var id = await PublishAsync(meloy, title, "Et behov bare Meløy skal se.", "33196200-2", "PRIVATE");
        // The owner finds it, so the index has it: what follows could fail.
        await WaitUntilFoundAsync(meloy, title, id);

        await using var supplier = await BrowserUser.OpenAsync(app, "Leverandør");
        await DevSession.SignInAsync(supplier.Context, app.Silo, "supplier", "987654325", "Søkelys AS");
        await using var visitor = await BrowserUser.OpenAsync(app, "Besøkende");
        foreach (var user in new[] { supplier, visitor })
        {
            var page = user.Page;
            await page.GotoAsync("/dialogmoter");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Søk", Exact = true }).ClickAsync();
            await user.ExpectPageHeadingAsync("Søk");
            await page.GetByRole(AriaRole.Searchbox, new() { Name = "Hva leter du etter?" }).FillAsync(title);
            await page.GetByRole(AriaRole.Search, new() { Name = "Søk" }).GetByRole(AriaRole.Button, new() { Name = "Søk" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Ingen treff på «{title}»" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Ingen treff. Prøv et annet ord")).ToBeVisibleAsync();
            await Expect(page.GetByText(title)).ToHaveCountAsync(1); // only in the count line, never as a hit
            await user.CheckPageAsync("Søk uten treff");
        }

        var supplierApi = new Api(app.Silo, await supplier.AccessTokenAsync());
        var seen = await supplierApi.RunAsync("query($t: String!) { search(text: $t) { totalCount hits { id } facets { byKind { value count } } } }", new { t = title });
        Assert.Equal(0, seen["search"]!["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain(seen["search"]!["facets"]!["byKind"]!.AsArray(), f => f!["count"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_lead_shares_its_consortium_in_contract_as_a_case()
    {
        var luroy = await Api.ForMunicipalityAsync(app.Silo, "1834", "Lurøy");
        var title = $"Felles responssenter {Unique()}";
        var consortiumId = await luroy.CreateConsortiumAsync(title, await luroy.PublishNeedAsync("Responssenter for trygghetsalarmer", 900_000));
        var rodoy = await Api.ForMunicipalityAsync(app.Silo, "1836", "Rødøy");
        await luroy.InviteAsync(consortiumId, "1836");
        await rodoy.RunAsync("mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = consortiumId });
        const string advance = "mutation($c: ID!, $p: ConsortiumPhase!) { advancePhase(consortiumId: $c, to: $p) { id } }";
        foreach (var phase in new[] { "NEEDS_CLARIFICATION", "MARKET_DIALOGUE" }) await luroy.RunAsync(advance, new { c = consortiumId, p = phase });
        foreach (var member in new[] { luroy, rodoy })
            await member.RunAsync("mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Kommunestyrevedtak 2027/1\") { id } }", new { c = consortiumId });
        foreach (var phase in new[] { "COMPETITION", "CONTRACT" }) await luroy.RunAsync(advance, new { c = consortiumId, p = phase });

        await using var user = await BrowserUser.OpenAsync(app, "Lurøy");
        await DevSession.SignInAsync(user.Context, app.Silo, "municipality", "1834", "Lise i Lurøy");
        var page = user.Page;
        await page.GotoAsync($"/kommune/samarbeid/{consortiumId}");
        await user.ExpectPageHeadingAsync(title);
        var share = Section(page, "Del som erfaring");
        await Expect(share.GetByRole(AriaRole.Textbox, new() { Name = "Tittel" })).ToHaveValueAsync(title);
        await share.GetByRole(AriaRole.Textbox, new() { Name = "Sammendrag" }).FillAsync("Lurøy kjøpte et responssenter for trygghetsalarmer etter markedsdialog.");
        await share.GetByRole(AriaRole.Textbox, new() { Name = "Resultat" }).FillAsync("Avtale signert.");
        await share.GetByRole(AriaRole.Textbox, new() { Name = "Erfaringer og råd til andre" }).FillAsync("Start markedsdialogen tidlig.");
        await share.GetByLabel("Fagområde").SelectOptionAsync("velferdsteknologi");
        await user.CheckPageAsync("Innkjøpssamarbeid i kontrakt, del som erfaring");
        await share.GetByRole(AriaRole.Button, new() { Name = "Publiser i Erfaringer" }).ClickAsync();

        await user.ExpectPageHeadingAsync(title);
        await Expect(page.GetByText("Saken er publisert i Erfaringer.")).ToBeVisibleAsync();
        await Expect(Section(page, "Erfaringer").GetByText("Start markedsdialogen tidlig.")).ToBeVisibleAsync();
        await Expect(Section(page, "Kommuner du kan spørre").GetByText("Lurøy")).ToBeVisibleAsync();
        await Expect(Section(page, "Kommuner du kan spørre").GetByText("Rødøy")).ToBeVisibleAsync();
        await user.CheckPageAsync("Sak publisert fra et samarbeid");
        var caseId = Regex.Match(page.Url, "/erfaringer/([^/?#]+)").Groups[1].Value;
        var stored = await luroy.RunAsync("query($id: ID!) { case(id: $id) { origin domain consortium { id } } }", new { id = Uri.UnescapeDataString(caseId) });
        Assert.Equal(("CONSORTIUM", "velferdsteknologi", consortiumId),
            (stored["case"]!["origin"]!.GetValue<string>(), stored["case"]!["domain"]!.GetValue<string>(), stored["case"]!["consortium"]!["id"]!.GetValue<string>()));
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];

    private static ILocator Section(IPage page, string heading) =>
        page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });

    /// <summary>One kind's group of hits on Søk: the region named by its heading ("Behov (2 treff)").</summary>
    private static ILocator Group(IPage page, string kind) =>
        page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex($"^{Regex.Escape(kind)} \\(") });

    private static async Task<string> PublishAsync(Api api, string title, string description, string cpv, string visibility)
    {
        var data = await api.RunAsync(
            "mutation($input: PublishNeedInput!) { publishNeed(input: $input) { id } }",
            new
            {
                input = new
                {
                    title, description, cpv = new[] { cpv }, category = "SERVICES", estimatedValueNok = 700_000,
                    neededFrom = "2027-01-01", neededTo = "2027-12-31", visibility,
                },
            });
        return data["publishNeed"]!["id"]!.GetValue<string>();
    }

    /// <summary>Polls search until the need is there (the index follows within a second; the machine is shared).</summary>
    private static async Task WaitUntilFoundAsync(Api api, string text, string id)
    {
        var deadline = DateTime.UtcNow + WebAppFixture.Patience;
        while (true)
        {
            var data = await api.RunAsync("query($t: String!) { search(text: $t, kinds: [NEED]) { hits { id } } }", new { t = text });
            if (data["search"]!["hits"]!.AsArray().Any(h => h!["id"]!.GetValue<string>() == id)) return;
            Assert.True(DateTime.UtcNow < deadline, $"Search never found {id} for «{text}».");
            await Task.Delay(200);
        }
    }

    private async Task<int> CountCasesAsync(string domain)
    {
        var data = await app.Silo.GraphQLAsync("query($d: String) { cases(filter: { domain: $d }) { totalCount } }", new { d = domain }, null);
        return data["data"]!["cases"]!["totalCount"]!.GetValue<int>();
    }
}
