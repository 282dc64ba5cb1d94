using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>The development "Logg inn" page, used as a person would: by the labels on the screen.</summary>
public static class SignInFlow
{
    /// <summary>Opens the app at / (a new visitor lands on "Logg inn") and checks the page.</summary>
    public static async Task OpenSignInAsync(this BrowserUser user)
    {
        await user.Page.GotoAsync("/");
        await Expect(user.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logg-inn$"));
        await user.ExpectPageHeadingAsync("Logg inn");
        await Expect(user.Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true })).ToBeEnabledAsync();
    }

    /// <summary>
    /// Signs in as a municipality found by searching its name, then waits for its Oversikt. Runs axe on the sign-in
    /// page (with the choice made) and on the Oversikt it lands on.
    /// </summary>
    public static async Task SignInAsMunicipalityAsync(this BrowserUser user, string municipality, string number, string personName)
    {
        await user.OpenSignInAsync();
        var page = user.Page;
        await page.GetByRole(AriaRole.Radio, new() { Name = "Kommune" }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Søk etter kommune" }).FillAsync(municipality);
        var choice = page.GetByRole(AriaRole.Radio, new() { Name = $"{municipality} ({number})" });
        await choice.CheckAsync();
        await Expect(page.GetByText($"Valgt kommune: {municipality} ({number})")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Navnet ditt (valgfritt)" }).FillAsync(personName);
        await user.CheckPageAsync("Logg inn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await user.ExpectOverviewAsync(municipality);
        await user.CheckPageAsync("Oversikt");
    }

    /// <summary>The municipality's Oversikt is shown, loaded, and connected live.</summary>
    public static async Task ExpectOverviewAsync(this BrowserUser user, string municipality)
    {
        await Expect(user.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kommune$"));
        await user.ExpectPageHeadingAsync($"Oversikt – {municipality}");
        await Expect(user.Page.GetByRole(AriaRole.Heading, new() { Name = "Mine behov", Level = 2 })).ToBeVisibleAsync();
        await user.ExpectConnectedAsync();
    }
}
