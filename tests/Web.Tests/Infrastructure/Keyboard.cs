using Microsoft.Playwright;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>Moving through a page with the Tab key only, checking that the focus can be seen where it lands.</summary>
public static class KeyboardOnly
{
    /// <summary>
    /// Presses Tab until <paramref name="target"/> has the focus (at most <paramref name="maxPresses"/> times), then
    /// checks that the focused element shows a focus indicator (an outline or a box shadow).
    /// </summary>
    public static async Task TabToAsync(this IPage page, ILocator target, string what, int maxPresses = 60)
    {
        await Assertions.Expect(target).ToBeVisibleAsync();
        for (var i = 0; i < maxPresses; i++)
        {
            if (await IsFocusedAsync(target)) break;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await IsFocusedAsync(target), $"Tab did not reach {what} within {maxPresses} presses (focus is on {await DescribeFocusAsync(page)}).");
        Assert.True(await HasVisibleFocusAsync(target), $"{what} has the keyboard focus but shows no focus indicator.");
    }

    private static Task<bool> IsFocusedAsync(ILocator target) =>
        target.EvaluateAsync<bool>("el => el === document.activeElement");

    /// <summary>An outline or box shadow on the element or the nearest label/wrapper around it (custom radios style the wrapper).</summary>
    private static Task<bool> HasVisibleFocusAsync(ILocator target) =>
        target.EvaluateAsync<bool>("""
            el => {
              const shows = e => {
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
              };
              for (let e = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) if (shows(e)) return true;
              return false;
            }
            """);

    private static Task<string> DescribeFocusAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()} \"${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 60)}\"` : 'nothing'; }");
}
