using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>
/// Varslinger (issue 16): a person whose sign-in carries no e-mail finds the page from the header, chooses per kind
/// of notice how it is delivered and gives an address, all by keyboard; the address waits for its confirmation
/// link and the page says so. What the page claims is read back through GraphQL.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class NotificationSettingsTests(WebAppFixture app)
{
    private const string Address = "lena@lebesby.kommune.no";

    [Fact]
    public async Task A_person_chooses_how_each_notice_is_sent_and_gives_an_address_that_waits_for_confirmation_by_keyboard()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Lebesby");
        var page = user.Page;
        await user.SignInAsMunicipalityAsync("Lebesby", "5624", "Lena i Lebesby");

        // The header leads there from any page, by keyboard.
        var headerLink = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Varslinger" });
        await page.TabToAsync(headerLink, "the Varslinger link in the header");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/varslinger$"));
        await user.ExpectPageHeadingAsync("Varslinger");
        var profile = Section(page, "Deg");
        await Expect(profile.GetByText("Lena i Lebesby")).ToBeVisibleAsync();
        await Expect(profile.GetByText("Lebesby", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Section(page, "E-postadresse").GetByText("Ingen adresse ennå.")).ToBeVisibleAsync();
        // Every kind a municipality receives starts as "Straks".
        foreach (var kind in new[] { "INVITATION", "MEMBERSHIP_CHANGE", "PHASE_CHANGE", "QUESTION_WAITING", "PARTNER_SUGGESTION" })
            await Expect(page.GetByTestId($"setting-{kind}").GetByRole(AriaRole.Radio, new() { Name = "Straks" })).ToBeCheckedAsync();
        await user.CheckPageAsync("Varslinger");

        var api = new Api(app.Silo, await user.AccessTokenAsync());
        // Something that is not an address is refused in Norwegian and changes nothing.
        var email = page.GetByRole(AriaRole.Textbox, new() { Name = "E-postadresse" });
        await page.TabToAsync(email, "the e-mail field");
        await page.Keyboard.TypeAsync("lena på kontoret");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Skriv en gyldig e-postadresse, for eksempel kari@kommune.no.")).ToBeVisibleAsync();
        Assert.Null((await PersonAsync(api))["pendingEmail"]);

        // A real address: the page says a link was sent and nothing goes there before it is confirmed.
        await email.FocusAsync();
        await page.Keyboard.PressAsync("Control+a");
        await page.Keyboard.TypeAsync(Address);
        await page.Keyboard.PressAsync("Enter");
        var pending = page.GetByTestId("pending-email");
        await Expect(pending.GetByRole(AriaRole.Heading, new() { Name = "Venter på bekreftelse" })).ToBeVisibleAsync();
        await Expect(pending).ToContainTextAsync($"Vi har sendt en lenke til {Address}. Åpne lenken i e-posten for å bekrefte adressen.");
        await Expect(profile.GetByText($"{Address} (venter på bekreftelse)")).ToBeVisibleAsync();
        await user.CheckPageAsync("Varslinger med adresse som venter på bekreftelse");

        var person = await PersonAsync(api);
        Assert.Equal(Address, person["pendingEmail"]!.GetValue<string>());
        Assert.False(person["emailConfirmed"]!.GetValue<bool>());
        Assert.Null(person["email"]);

        // Invitations in the daily digest, phase changes never: Tab into each group, arrows to choose.
        var invitations = page.GetByRole(AriaRole.Group, new() { Name = "Invitasjoner til innkjøpssamarbeid" });
        await page.TabToAsync(invitations.GetByRole(AriaRole.Radio, new() { Name = "Straks" }), "the invitations' Straks");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(invitations.GetByRole(AriaRole.Radio, new() { Name = "Daglig oppsummering kl. 07" })).ToBeCheckedAsync();
        var phases = page.GetByRole(AriaRole.Group, new() { Name = "Nye faser i samarbeidene deres" });
        await page.TabToAsync(phases.GetByRole(AriaRole.Radio, new() { Name = "Straks" }), "the phase changes' Straks");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(phases.GetByRole(AriaRole.Radio, new() { Name = "Aldri" })).ToBeCheckedAsync();
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Lagre varslingsvalg" });
        await page.TabToAsync(save, "Lagre varslingsvalg");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Varslingsvalgene er lagret." })).ToBeVisibleAsync();

        var settings = await SettingsAsync(api);
        Assert.Equal("DAILY_DIGEST", settings["INVITATION"]);
        Assert.Equal("NEVER", settings["PHASE_CHANGE"]);
        Assert.Equal("IMMEDIATELY", settings["MEMBERSHIP_CHANGE"]);

        // After a reload the page shows what was saved, not what the form last held.
        await page.ReloadAsync();
        await user.ExpectPageHeadingAsync("Varslinger");
        await Expect(invitations.GetByRole(AriaRole.Radio, new() { Name = "Daglig oppsummering kl. 07" })).ToBeCheckedAsync();
        await Expect(phases.GetByRole(AriaRole.Radio, new() { Name = "Aldri" })).ToBeCheckedAsync();
        await Expect(pending).ToContainTextAsync(Address);
    }

    [Fact]
    public async Task The_page_asks_a_signed_out_visitor_to_sign_in_first()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Anonym");
        await user.Page.GotoAsync("/varslinger");
        await Expect(user.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logg-inn$"));
        await user.ExpectPageHeadingAsync("Logg inn");
    }

    [Fact]
    public async Task The_pages_behind_the_links_in_mails_speak_Norwegian_work_by_keyboard_without_sign_in_and_pass_axe()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Fra e-posten");
        var page = user.Page;
        var person = new string('a', 32);

        // A GET only asks; the button posts. A link with a wrong token changes nothing and says so.
        await page.GotoAsync($"/notifications/unsubscribe?person={person}&kind=INVITATION&token=feil");
        await user.ExpectPageHeadingAsync("Meld av varsler");
        await Expect(page).ToHaveTitleAsync("Meld av varsler – Samspill");
        await Expect(page.GetByText("Vil du slutte å få varsler om invitasjoner til innkjøpssamarbeid fra Samspill på e-post?")).ToBeVisibleAsync();
        await user.CheckPageAsync("Meld av varsler");
        var unsubscribe = page.GetByRole(AriaRole.Button, new() { Name = "Meld meg av" });
        await page.TabToAsync(unsubscribe, "Meld meg av");
        await page.Keyboard.PressAsync("Enter");
        await user.ExpectPageHeadingAsync("Lenken virker ikke");
        await Expect(page.GetByText("Lenken er ugyldig eller allerede brukt.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Til Varslinger" })).ToHaveAttributeAsync("href", "/varslinger");
        await user.CheckPageAsync("Lenken virker ikke");

        await page.GotoAsync($"/notifications/confirm?person={person}&token=feil");
        await user.ExpectPageHeadingAsync("Bekreft e-postadressen");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bekreft adressen" })).ToBeVisibleAsync();
        await user.CheckPageAsync("Bekreft e-postadressen");
    }

    private static ILocator Section(IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2, Exact = true }) });

    private static async Task<JsonNode> PersonAsync(Api api) =>
        (await api.RunAsync("{ viewer { person { email emailConfirmed pendingEmail notificationSettings { kind delivery } } } }"))["viewer"]!["person"]!;

    private static async Task<Dictionary<string, string>> SettingsAsync(Api api) =>
        (await PersonAsync(api))["notificationSettings"]!.AsArray()
            .ToDictionary(s => s!["kind"]!.GetValue<string>(), s => s!["delivery"]!.GetValue<string>());
}
