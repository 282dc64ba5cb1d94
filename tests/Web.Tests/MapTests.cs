using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Samspill.Web.Tests.Infrastructure.Dashboard;

namespace Samspill.Web.Tests;

/// <summary>
/// Issue 13's Norgeskart against the real silo: what municipalities in Møre og Romsdal do through GraphQL colours the
/// map; programme staff choose the county, reach a municipality by keyboard and by mouse and read its numbers, and
/// find the same in the table beside it and in its CSV. Møre og Romsdal is touched by no other browser test.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class MapTests(WebAppFixture app)
{
    private const string MoreOgRomsdal = "15";
    private const string Aure = "1576", Smola = "1573", Vanylven = "1511";

    [Fact]
    public async Task Programme_staff_read_a_municipalitys_part_on_the_map_by_keyboard_and_mouse_and_in_its_table()
    {
        // Aure forms a consortium that Smøla joins; Vanylven publishes a need and stays on its own.
        var aure = await Api.ForMunicipalityAsync(app.Silo, Aure, "Aud i Aure");
        var smola = await Api.ForMunicipalityAsync(app.Silo, Smola, "Sindre på Smøla");
        var vanylven = await Api.ForMunicipalityAsync(app.Silo, Vanylven, "Vera i Vanylven");
        var consortium = await aure.CreateConsortiumAsync("Havbruk og helse i Nordmøre", await aure.PublishNeedAsync("Velferdsteknologi på øyene", 700_000));
        await aure.InviteAsync(consortium, Smola);
        await smola.RunAsync("mutation($id: ID!) { respondToInvitation(consortiumId: $id, accept: true) { id } }", new { id = consortium });
        await vanylven.PublishNeedAsync("Digitale nattevakter i Vanylven", 350_000);

        await using var staff = await BrowserUser.OpenAsync(app, "Mari i programmet", width: 1280, height: 1400);
        await staff.SignInAsProgrammeAsync("Mari i programmet");
        var api = new Api(app.Silo, await staff.AccessTokenAsync());
        var page = staff.Page;
        var county = (await api.RunAsync(
            "query($c: ID!) { programmeOverview { municipalityStandings(county: $c) { municipality { number name population smallDistrict } part openNeeds activeConsortia } } }",
            new { c = MoreOgRomsdal }))["programmeOverview"]!["municipalityStandings"]!.AsArray();
        int Count(string part) => county.Count(s => s!["part"]!.GetValue<string>() == part);
        var smolaStanding = county.Single(s => s!["municipality"]!["number"]!.GetValue<string>() == Smola)!;
        Assert.Equal("CONSORTIUM", smolaStanding["part"]!.GetValue<string>());
        Assert.True(smolaStanding["municipality"]!["smallDistrict"]!.GetValue<bool>(), "Smøla is a small district municipality (centrality class 6).");

        // The whole country: every municipality drawn and coloured by its part; the map file came on this page only.
        await staff.OpenDashboardPageAsync("Norgeskart", "Norgeskart");
        var map = page.GetByRole(AriaRole.Group, new() { Name = "Kart over kommunene i Norge", Exact = true });
        await Expect(map).ToBeVisibleAsync();
        await Expect(map.Locator("path[data-kommune]")).ToHaveCountAsync(357);
        await Expect(Municipality(page, Smola)).ToHaveAttributeAsync("data-deltakelse", "CONSORTIUM");
        await Expect(Municipality(page, Aure)).ToHaveAttributeAsync("data-deltakelse", "CONSORTIUM");
        await Expect(Municipality(page, Vanylven)).ToHaveAttributeAsync("data-deltakelse", "NEEDS");
        await Expect(Municipality(page, Smola)).ToHaveAttributeAsync("fill", "url(#kart-skravur-CONSORTIUM)");
        await Expect(page.GetByText("Kartdata © Kartverket (kommunegrenser 2024)")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Kommunene i Norge", Exact = true }).Locator("tbody tr")).ToHaveCountAsync(357);
        await staff.CheckPageAsync("Norgeskart");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.SaveAsync(page, "norgeskart.png", fullPage: false);

        // Choose the county with the keyboard: the map zooms to it, and the summary and the table follow.
        var select = page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true });
        await page.TabToAsync(select, "the county select");
        await select.SelectOptionAsync(new SelectOptionValue { Label = "Møre og Romsdal" });
        await Expect(page).ToHaveURLAsync(new Regex($"/programmet/kart\\?fylke={MoreOgRomsdal}$"));
        map = page.GetByRole(AriaRole.Group, new() { Name = "Kart over kommunene i Møre og Romsdal", Exact = true });
        await Expect(map).ToBeVisibleAsync();
        await Expect(map.Locator("path[data-kommune]")).ToHaveCountAsync(county.Count);
        await Expect(page.GetByTestId("kart-oppsummering")).ToHaveTextAsync(
            $"Møre og Romsdal: {Count("CONSORTIUM")} av {county.Count} kommuner er i et innkjøpssamarbeid, {Count("NEEDS")} har publisert behov uten å være i et samarbeid, og {Count("NONE")} er ikke med ennå.");
        Assert.True(Count("CONSORTIUM") >= 2 && Count("NEEDS") >= 1, "Aure and Smøla are in a consortium, Vanylven has a need.");

        // Into the map with Tab, then to Smøla by typing its name: its box shows its numbers, and so does its name.
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith(MoreOgRomsdal, await FocusedMunicipalityAsync(page));
        await page.Keyboard.TypeAsync("Smøla");
        Assert.Equal(Smola, await FocusedMunicipalityAsync(page));
        var box = page.GetByTestId("kart-boks");
        var population = Population(smolaStanding);
        string[] smolaLines = ["Smøla, Møre og Romsdal", "I et innkjøpssamarbeid", "Distriktskommune", $"{population} innbyggere", "0 åpne behov", "med i 1 samarbeid"];
        Assert.Equal(smolaLines, await BoxLinesAsync(box));
        Assert.Equal(string.Join(". ", smolaLines), Plain(await Municipality(page, Smola).GetAttributeAsync("aria-label") ?? ""));
        await staff.CheckPageAsync("Norgeskart, Møre og Romsdal, Smøla i fokus");
        await Screenshots.SaveAsync(page, "norgeskart-more-og-romsdal.png", fullPage: false);

        // Arrow keys move to a neighbour in the county; Esc hides the box and leaves the focus where it was.
        await page.Keyboard.PressAsync("ArrowLeft");
        var moved = await FocusedMunicipalityAsync(page);
        Assert.NotEqual(Smola, moved);
        Assert.StartsWith(MoreOgRomsdal, moved);
        await Expect(box).ToContainTextAsync(", Møre og Romsdal");
        await page.Keyboard.PressAsync("Escape");
        await Expect(box).ToHaveCountAsync(0);
        Assert.Equal(moved, await FocusedMunicipalityAsync(page));

        // The mouse over Vanylven shows Vanylven's box, whatever has the focus.
        await HoverInsideAsync(page, Vanylven);
        await Expect(box.Locator("strong")).ToHaveTextAsync("Vanylven, Møre og Romsdal");
        await Expect(box).ToContainTextAsync("Har publisert behov");
        await Expect(box).ToContainTextAsync("1 åpent behov");

        // The text alternative: the county's municipalities as a table, and its CSV holds exactly those rows.
        var table = Table(page, "Kommunene i Møre og Romsdal");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(county.Count);
        await ExpectRowAsync(Row(table, "Smøla"), "Smøla", Smola, "I et innkjøpssamarbeid", "Ja", population, "0", "1");
        await ExpectRowAsync(Row(table, "Vanylven"), "Vanylven", Vanylven, "Har publisert behov", "Ja",
            Population(county.Single(s => s!["municipality"]!["number"]!.GetValue<string>() == Vanylven)!), "1", "0");
        var (fileName, lines) = await DownloadCsvAsync(page, "Kommunene i Møre og Romsdal");
        Assert.Equal($"kommuner-deltakelse-{MoreOgRomsdal}.csv", fileName);
        Assert.Equal("Kommune;Kommunenummer;Deltakelse;Distriktskommune;Innbyggere;Åpne behov;Samarbeid", lines[0]);
        Assert.Equal(county.Count, lines.Length - 1);
        Assert.Contains($"Smøla;{Smola};I et innkjøpssamarbeid;Ja;{smolaStanding["municipality"]!["population"]};0;1", lines);
        await staff.CheckPageAsync("Norgeskart, Møre og Romsdal, Vanylven under musen");
    }

    /// <summary>
    /// The map follows the programme topic: in Rogaland (touched by no other browser test) Sokndal publishes its first
    /// need and then joins the consortium Lund starts, while programme staff have the county's map open; its colour,
    /// its text alternative and its row change each time without a reload.
    /// </summary>
    [Fact]
    public async Task The_map_recolours_a_municipality_live_when_it_publishes_a_need_and_joins_a_consortium()
    {
        const string Rogaland = "11", Sokndal = "1111", Lund = "1112";
        await using var staff = await BrowserUser.OpenAsync(app, "Per i programmet", width: 1280, height: 1400);
        await DevSession.SignInAsync(staff.Context, app.Silo, "programme", null, "Per i programmet");
        var page = staff.Page;
        await page.GotoAsync($"/programmet/kart?fylke={Rogaland}");
        await staff.ExpectPageHeadingAsync("Norgeskart");
        await staff.ExpectConnectedAsync();
        var sokndal = Municipality(page, Sokndal);
        var row = Row(Table(page, "Kommunene i Rogaland"), "Sokndal");
        await Expect(sokndal).ToHaveAttributeAsync("data-deltakelse", "NONE");
        await Expect(sokndal).ToHaveAttributeAsync("aria-label", new Regex("^Sokndal, Rogaland\\. Ikke med ennå\\. "));
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Ikke med ennå");
        await OverviewLiveTests.MarkPageAsync(page);

        // Its first need: "has published needs", on the map, in its name and in the table.
        var sokndalApi = await Api.ForMunicipalityAsync(app.Silo, Sokndal, "Siri i Sokndal");
        await sokndalApi.PublishNeedAsync("Digitalt tilsyn i Sokndal", 450_000);
        await Expect(sokndal).ToHaveAttributeAsync("data-deltakelse", "NEEDS");
        await Expect(sokndal).ToHaveAttributeAsync("aria-label", new Regex("^Sokndal, Rogaland\\. Har publisert behov\\. .*1 åpent behov\\. med i 0 samarbeid$"));
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Har publisert behov");
        await staff.CheckPageAsync("Norgeskart, Rogaland, Sokndal har publisert behov");

        // Lund starts a consortium and Sokndal joins: "in a consortium".
        var lund = await Api.ForMunicipalityAsync(app.Silo, Lund, "Lars i Lund");
        var consortium = await lund.CreateConsortiumAsync("Trygghet i Dalane", await lund.PublishNeedAsync("Trygghetsalarmer i Lund", 300_000));
        await Expect(Municipality(page, Lund)).ToHaveAttributeAsync("data-deltakelse", "CONSORTIUM");
        await lund.InviteAsync(consortium, Sokndal);
        await sokndalApi.RunAsync("mutation($id: ID!) { respondToInvitation(consortiumId: $id, accept: true) { id } }", new { id = consortium });
        await Expect(sokndal).ToHaveAttributeAsync("data-deltakelse", "CONSORTIUM");
        await Expect(sokndal).ToHaveAttributeAsync("aria-label", new Regex("^Sokndal, Rogaland\\. I et innkjøpssamarbeid\\. .*med i 1 samarbeid$"));
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("I et innkjøpssamarbeid");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samspillNotReloaded === true"), "The map was reloaded; it should have updated live.");
        await staff.CheckPageAsync("Norgeskart, Rogaland, Sokndal i et samarbeid");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.SaveAsync(page, "norgeskart-rogaland-live.png", fullPage: false);
    }

    private static ILocator Municipality(IPage page, string number) => page.Locator($"path[data-kommune='{number}']");

    private static Task<string> FocusedMunicipalityAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('data-kommune') ?? `not a municipality: ${document.activeElement?.tagName}`");

    private static async Task<string[]> BoxLinesAsync(ILocator box)
    {
        await Expect(box).ToBeVisibleAsync();
        return (await box.Locator("strong, span").AllInnerTextsAsync()).Select(Plain).ToArray();
    }

    /// <summary>nb-NO groups digits with a no-break space; Playwright's text matching reads it as a space.</summary>
    private static string Plain(string s) => s.Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim();

    private static string Population(System.Text.Json.Nodes.JsonNode standing) =>
        standing["municipality"]!["population"]!.GetValue<int>().ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = " " });

    /// <summary>
    /// Moves the mouse to a point of the municipality that is really its own (a bounding box's centre can lie in a
    /// fjord or a neighbour), found by asking the page what is drawn at points across its box.
    /// </summary>
    private static async Task HoverInsideAsync(IPage page, string number)
    {
        var point = await page.EvaluateAsync<double[]?>("""
            number => {
              const el = document.querySelector(`path[data-kommune='${number}']`);
              el.scrollIntoView({ block: 'center' });
              const r = el.getBoundingClientRect();
              for (let fy = 0.5, i = 0; i < 9; i++, fy = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.1)
                for (let fx = 0.5, j = 0; j < 9; j++, fx = 0.5 + (j % 2 ? 1 : -1) * Math.ceil(j / 2) * 0.1) {
                  const x = r.left + r.width * fx, y = r.top + r.height * fy;
                  if (document.elementFromPoint(x, y) === el) return [x, y];
                }
              return null;
            }
            """, number);
        Assert.True(point is { Length: 2 }, $"No point of municipality {number} is visible under the mouse.");
        await page.Mouse.MoveAsync((float)point![0], (float)point[1]);
    }
}
