using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>Pages work at 320 CSS pixels wide (WCAG 1.4.10 reflow): nothing needs scrolling sideways.</summary>
[Collection(WebAppCollection.Name)]
public sealed class NarrowViewportTests(WebAppFixture app)
{
    [Fact]
    public async Task Oversikt_fits_320_pixels_without_sideways_scrolling()
    {
        await using var user = await BrowserUser.OpenAsync(app, "Alstahaug på mobil", width: 320, height: 640);
        var api = await Api.ForMunicipalityAsync(app.Silo, "1820", "Alf i Alstahaug");
        await api.PublishNeedAsync("Digitalt tilsyn med hjemmeboende i distriktet", 450_000);
        await DevSession.SignInAsync(user.Context, app.Silo, "municipality", "1820", "Alf i Alstahaug");
        await user.Page.GotoAsync("/kommune");
        await user.ExpectOverviewAsync("Alstahaug");
        var mine = user.Page.GetByRole(AriaRole.Region, new() { Name = "Mine behov" });
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Digitalt tilsyn med hjemmeboende i distriktet", Exact = true })).ToBeVisibleAsync();
        await Expect(user.Page.GetByRole(AriaRole.Link, new() { Name = "Oversikt", Exact = true })).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollAsync(user.Page, "Oversikt");
        await user.CheckPageAsync("Oversikt på 320 px");
        await Screenshots.SaveAsync(user.Page, "oversikt-320.png");
    }

    [Fact]
    public async Task Dialogmoter_fits_320_pixels_for_an_anonymous_visitor()
    {
        await using var visitor = await BrowserUser.OpenAsync(app, "anonym på mobil", width: 320, height: 640);
        await visitor.Page.GotoAsync("/dialogmoter");
        await visitor.ExpectPageHeadingAsync("Dialogmøter");
        await Expect(visitor.Page.GetByLabel("Fylke")).ToBeVisibleAsync();
        await ExpectNoSidewaysScrollAsync(visitor.Page, "Dialogmøter");
        await visitor.CheckPageAsync("Dialogmøter på 320 px");
        await Screenshots.SaveAsync(visitor.Page, "dialogmoter-320.png");
    }

    internal static async Task ExpectNoSidewaysScrollAsync(IPage page, string where)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow <= 0) return;
        var wide = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)" +
            ".slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${e.className} «${(e.textContent || '').trim().slice(0, 50)}»`).join('\\n')");
        Assert.Fail($"{where} is {overflow} px wider than the viewport; too wide:\n{wide}");
    }
}
