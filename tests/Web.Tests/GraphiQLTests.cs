using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>
/// GraphiQL at GET /graphql, as programme staff open it from the dashboard: it opens with the programme's example
/// queries, each runs with the signed-in user's token and answers without errors, and the page's
/// Content-Security-Policy lets its editor and workers run.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class GraphiQLTests(WebAppFixture app)
{
    /// <summary>The operations of src/Web/src/graphiql/examples/*.graphql: one tab each.</summary>
    private static readonly string[] Examples = ["ConsortiaFormedThisYear", "InnovativeShare", "SmallDistrictNotInConsortium", "LastHour"];

    [Fact]
    public async Task GraphiQL_opens_with_the_example_queries_and_runs_each_with_the_users_token_without_errors()
    {
        await using var staff = await BrowserUser.OpenAsync(app, "programmet");
        var token = await DevSession.SignInAsync(staff.Context, app.Silo, "programme", null, "Petter i programmet");
        var page = staff.Page;
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (blocked) blocked.Add(message.Text);
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => (window.__cspViolations ||= []).push(e.violatedDirective + ' ' + e.blockedURI));");

        // From the dashboard's own link, as staff would get there.
        await page.GotoAsync("/programmet");
        await staff.ExpectPageHeadingAsync("Programmets oversikt");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv egne spørringer i GraphiQL" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/graphql$"));
        await staff.ExpectPageHeadingAsync("Samspill GraphQL – spørringer mot API-et");
        await Expect(page.GetByText("Spørringene sendes som Petter i programmet (programmet).")).ToBeVisibleAsync();
        var tabs = page.GetByRole(AriaRole.Tab);
        await Expect(tabs).ToHaveCountAsync(Examples.Length);

        foreach (var example in Examples)
        {
            await tabs.Filter(new() { HasText = example }).ClickAsync();
            await Expect(tabs.Filter(new() { HasText = example })).ToHaveAttributeAsync("aria-selected", "true");
            var response = await RunExampleAsync(page, example);
            Assert.Equal($"Bearer {token}", await response.Request.HeaderValueAsync("authorization"));
            Assert.Equal(200, response.Status);
            var body = JsonNode.Parse(await response.TextAsync())!;
            Assert.True(body["errors"] is null, $"{example} answered with errors: {body["errors"]?.ToJsonString()}");
            Assert.NotNull(body["data"]);
            // The answer is shown in the result pane (a Monaco editor: its first lines are rendered).
            await Expect(page.Locator(".result-window")).ToContainTextAsync("\"data\"");
            await Expect(page.Locator(".result-window")).Not.ToContainTextAsync("\"errors\"");
        }

        // The editor's language workers started, and nothing on the page was blocked by its policy.
        Assert.NotEmpty(page.Workers);
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        lock (blocked) Assert.True(violations.Length == 0 && blocked.Count == 0, $"Blocked by the Content-Security-Policy: {string.Join("; ", violations.Concat(blocked))}");
    }

    /// <summary>
    /// Clicks Execute and waits for the example's POST. On a loaded machine the editor may still be settling after the
    /// tab switch and swallow the click, so it is clicked again (at most three times) before the test gives up.
    /// </summary>
    private static async Task<IResponse> RunExampleAsync(IPage page, string example)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await page.RunAndWaitForResponseAsync(
                    () => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Execute query") }).ClickAsync(),
                    r => r.Request.Method == "POST" && r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains(example, StringComparison.Ordinal),
                    new() { Timeout = 20_000 });
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }
}
