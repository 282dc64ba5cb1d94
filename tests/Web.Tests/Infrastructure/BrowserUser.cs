using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>
/// One person at one browser: a browser context of its own (own storage, so own session) with one page. Collects
/// uncaught script errors, which fail the next accessibility check.
/// </summary>
public sealed class BrowserUser : IAsyncDisposable
{
    private readonly List<string> _scriptErrors = [];
    private readonly WebAppFixture _app;

    private BrowserUser(WebAppFixture app, IBrowserContext context, IPage page, string name)
    {
        _app = app;
        Context = context;
        Page = page;
        Name = name;
        page.PageError += (_, error) => { lock (_scriptErrors) _scriptErrors.Add(error); };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public string Name { get; }

    public static async Task<BrowserUser> OpenAsync(WebAppFixture app, string name, int width = 1280, int height = 900)
    {
        var context = await app.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        return new BrowserUser(app, context, page, name);
    }

    /// <summary>The page's main heading (h1) with this text is shown.</summary>
    public Task ExpectPageHeadingAsync(string text) =>
        Expect(Page.GetByRole(AriaRole.Heading, new() { Name = text, Level = 1 })).ToBeVisibleAsync();

    /// <summary>axe on the page as it is now, and no uncaught script error so far.</summary>
    public async Task CheckPageAsync(string where)
    {
        lock (_scriptErrors)
            Assert.True(_scriptErrors.Count == 0, $"Uncaught script errors in {Name}'s browser before {where}:\n{string.Join('\n', _scriptErrors)}");
        await Accessibility.AssertNoSeriousViolationsAsync(Page, $"{where} ({Name})");
    }

    /// <summary>The live indicator says the page is connected.</summary>
    public Task ExpectConnectedAsync() =>
        Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tilkoblet" })).ToBeVisibleAsync();

    /// <summary>The token the app keeps for this user (to read through GraphQL what the page shows).</summary>
    public async Task<string> AccessTokenAsync() =>
        await Page.EvaluateAsync<string>($"() => JSON.parse(localStorage.getItem('{DevSession.StorageKey}')).accessToken");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
