using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>Pages work at 320 CSS pixels wide (WCAG 1.4.10 reflow): nothing needs scrolling sideways.</summary>
[Collection(WebAppCollection.Name)]
public sealed class NarrowViewportTests(WebAppFixture app)
{
    [Fact]
    public async Task Sign_in_and_Oversikt_fit_320_pixels_without_sideways_scrolling()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Alstahaug på mobil", width: 320, height: 640);
        await user.OpenSignInAsync();
        await ExpectNoSidewaysScrollAsync(user.Page, "Logg inn");

        await user.SignInAsMunicipalityAsync("Alstahaug", "1820", "Alf i Alstahaug");
        await ExpectNoSidewaysScrollAsync(user.Page, "Oversikt");
        await Expect(user.Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt", Exact = true })).ToBeVisibleAsync();
    }

    internal static async Task ExpectNoSidewaysScrollAsync(IPage page, string where)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{where} is {overflow} px wider than the 320 px viewport.");
    }
}
