using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>Every flow works by keyboard alone, with a visible focus.</summary>
[Collection(WebAppCollection.Name)]
public sealed class KeyboardTests(WebAppFixture app)
{
    [Fact]
    public async Task Signing_in_works_by_keyboard_alone_with_a_visible_focus()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Hammerfest");
        var page = user.Page;
        await user.OpenSignInAsync();

        // The first Tab reaches the skip link, which moves the focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Hopp til hovedinnhold" });
        await Expect(skip).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        var municipality = page.GetByRole(AriaRole.Radio, new() { Name = "Kommune" });
        await page.TabToAsync(municipality, "the role Kommune");
        await Expect(municipality).ToBeCheckedAsync();

        var search = page.GetByRole(AriaRole.Textbox, new() { Name = "Søk etter kommune" });
        await page.TabToAsync(search, "the municipality search");
        await page.Keyboard.TypeAsync("Hammerfest");
        await Expect(page.GetByText("Valgt kommune: Hammerfest - Hámmerfeasta (5603)")).ToBeVisibleAsync();

        var name = page.GetByRole(AriaRole.Textbox, new() { Name = "Navnet ditt (valgfritt)" });
        await page.TabToAsync(name, "the name field");
        await page.Keyboard.TypeAsync("Hanne i Hammerfest");

        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true });
        await page.TabToAsync(submit, "the Logg inn button");
        await page.Keyboard.PressAsync("Enter");
        await user.ExpectOverviewAsync("Hammerfest - Hámmerfeasta");
        await user.CheckPageAsync("Oversikt etter innlogging med tastatur");
    }
}
