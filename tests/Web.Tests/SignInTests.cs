using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>The development sign-in page: choose a role and a municipality, land on its Oversikt.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SignInTests(WebAppFixture app)
{
    [Fact]
    public async Task A_new_visitor_is_sent_to_sign_in_which_says_no_password_is_needed()
    {
        await using var user = await BrowserUser.OpenAsync(app, "ny besøkende");
        await user.OpenSignInAsync();
        await Expect(user.Page.Locator("html")).ToHaveAttributeAsync("lang", "nb");
        await Expect(user.Page.GetByText("Du logger inn uten passord")).ToBeVisibleAsync();
        await Expect(user.Page.GetByRole(AriaRole.Group, new() { Name = "Hvem er du?" })).ToBeVisibleAsync();
        foreach (var role in new[] { "Kommune", "Leverandør", "Programmet" })
            await Expect(user.Page.GetByRole(AriaRole.Radio, new() { Name = role })).ToBeVisibleAsync();
        await user.CheckPageAsync("Logg inn");
    }

    [Fact]
    public async Task A_municipality_found_by_name_signs_in_and_lands_on_its_live_Oversikt()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Tromsø");
        await user.SignInAsMunicipalityAsync("Tromsø", "5501", "Tove i Tromsø");
        await Expect(user.Page.GetByText("Logget inn som Tove i Tromsø, Tromsø")).ToBeVisibleAsync();
        await Expect(user.Page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" })).ToBeVisibleAsync();

        // The session survives a reload, and signing out returns to sign-in saying so.
        await user.Page.ReloadAsync();
        await user.ExpectOverviewAsync("Tromsø");
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();
        await user.ExpectPageHeadingAsync("Logg inn");
        await Expect(user.Page.GetByText("Du er logget ut.")).ToBeVisibleAsync();
        await user.CheckPageAsync("Logg inn etter utlogging");
    }

    [Fact]
    public async Task Signing_in_without_choosing_a_municipality_names_the_problem_and_stays()
    {
        await using var user = await BrowserUser.OpenAsync(app, "uten kommune");
        await user.OpenSignInAsync();
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Expect(user.Page.GetByText("Velg en kommune fra listen.").First).ToBeVisibleAsync();
        await Expect(user.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logg-inn$"));
        await user.CheckPageAsync("Logg inn med feil");
    }

    [Fact]
    public async Task A_search_that_matches_no_municipality_says_so()
    {
        await using var user = await BrowserUser.OpenAsync(app, "feil søk");
        await user.OpenSignInAsync();
        await user.Page.GetByRole(AriaRole.Textbox, new() { Name = "Søk etter kommune" }).FillAsync("Atlantis");
        await Expect(user.Page.GetByText("Ingen kommune passer søket.").First).ToBeVisibleAsync();
    }
}
