using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>What a need is published with on the "Publiser et behov" page.</summary>
public sealed record NeedDraft(string Title, string Description, string CpvSearch, string CpvCode, string Category, long ValueNok, string From, string To);

/// <summary>Publishing a need through the app's form, as a person would.</summary>
public static class NeedFlow
{
    /// <summary>From any page: menu "Nytt behov", fill the form, publish; ends on the need's own page. Runs axe on both pages.</summary>
    public static async Task PublishNeedAsync(this BrowserUser user, NeedDraft need)
    {
        var page = user.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmeny" }).GetByRole(AriaRole.Link, new() { Name = "Nytt behov" }).ClickAsync();
        await user.ExpectPageHeadingAsync("Publiser et behov");
        await user.CheckPageAsync("Publiser et behov");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tittel" }).FillAsync(need.Title);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Beskrivelse" }).FillAsync(need.Description);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Søk etter CPV-kode" }).FillAsync(need.CpvSearch);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Legg til {Regex.Escape(need.CpvCode)}") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Fjern {Regex.Escape(need.CpvCode)}") })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = need.Category, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Anslått verdi" }).FillAsync(need.ValueNok.ToString());
        await page.GetByLabel("Behov fra").FillAsync(need.From);
        await page.GetByLabel("Behov til").FillAsync(need.To);
        await user.CheckPageAsync("Publiser et behov, utfylt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiser behovet" }).ClickAsync();

        await user.ExpectPageHeadingAsync(need.Title);
        await Expect(page.GetByText("Behovet er publisert.")).ToBeVisibleAsync();
        await user.CheckPageAsync("Behov i detalj");
    }
}
