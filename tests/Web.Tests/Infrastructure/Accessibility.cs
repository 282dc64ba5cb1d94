using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>axe-core on the page as it is now: fails on any serious or critical violation (WCAG 2.1 AA is the bar).</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        if (blocking.Count == 0) return;
        var lines = blocking.SelectMany(v => v.Nodes.Select(n => $"  [{v.Impact}] {v.Id}: {v.Help} — {n.Target} {Truncate(n.Html)}"));
        Assert.Fail($"axe found {blocking.Count} serious/critical violation(s) on {where} ({page.Url}):\n{string.Join('\n', lines)}");
    }

    private static string Truncate(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
