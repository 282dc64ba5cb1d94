using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>The programme's dashboard pages, read as a person reads them: tables by caption, rows by their first cell.</summary>
public static class Dashboard
{
    /// <summary>Signs in as programme staff on the development "Logg inn" page and waits for the dashboard.</summary>
    public static async Task SignInAsProgrammeAsync(this BrowserUser user, string personName)
    {
        await user.OpenSignInAsync();
        var page = user.Page;
        await page.GetByRole(AriaRole.Radio, new() { Name = "Programmet" }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Navnet ditt (valgfritt)" }).FillAsync(personName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/programmet$"));
        await user.ExpectPageHeadingAsync("Programmets oversikt");
    }

    /// <summary>Follows a link of the programme's own navigation and waits for the page's heading.</summary>
    public static async Task OpenDashboardPageAsync(this BrowserUser user, string link, string heading)
    {
        await user.Page.GetByRole(AriaRole.Navigation, new() { Name = "Programmets sider" })
            .GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await user.ExpectPageHeadingAsync(heading);
    }

    /// <summary>The table with this caption.</summary>
    public static ILocator Table(IPage page, string caption) =>
        page.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true });

    /// <summary>The body row of <paramref name="table"/> whose first cell is exactly <paramref name="first"/>.</summary>
    public static ILocator Row(ILocator table, string first) =>
        table.Locator("tbody tr").Filter(new() { Has = table.Page.Locator("td:first-child", new() { HasTextRegex = new Regex($"^{Regex.Escape(first)}$") }) });

    /// <summary>The cells of a row read exactly so (Playwright counts non-breaking spaces as spaces).</summary>
    public static async Task ExpectRowAsync(ILocator row, params string[] cells)
    {
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td")).ToHaveTextAsync(cells);
    }

    /// <summary>Clicks the table's CSV button and returns the downloaded file's lines (without the byte order mark).</summary>
    public static async Task<(string FileName, string[] Lines)> DownloadCsvAsync(IPage page, string caption)
    {
        var button = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Last ned som CSV ?: {Regex.Escape(caption)}$") });
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "The CSV should start with a UTF-8 byte order mark, for spreadsheets.");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        return (download.SuggestedFilename, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The text of each body row's cells, in the order shown.</summary>
    public static async Task<List<string[]>> RowsAsync(ILocator table)
    {
        var rows = new List<string[]>();
        foreach (var row in await table.Locator("tbody tr").AllAsync())
            rows.Add((await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());
        return rows;
    }
}
