using Microsoft.Playwright;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>
/// Screenshots for the README, taken by the journey. Always written beside the test binaries; written into
/// docs/screenshots/ when missing there or when SAMSPILL_UPDATE_SCREENSHOTS=1 (so that an ordinary test run does
/// not leave changed binary files in every working copy).
/// </summary>
public static class Screenshots
{
    public static string DocsFolder => Path.Combine(Repository.Root, "docs", "screenshots");

    /// <summary>Saves the whole page, or only what the window shows when <paramref name="fullPage"/> is false (a long table below).</summary>
    public static async Task SaveAsync(IPage page, string fileName, bool fullPage = true)
    {
        var local = Path.Combine(AppContext.BaseDirectory, "screenshots", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = local, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });

        var docs = Path.Combine(DocsFolder, fileName);
        if (!File.Exists(docs) || Environment.GetEnvironmentVariable("SAMSPILL_UPDATE_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(DocsFolder);
            File.Copy(local, docs, overwrite: true);
        }
    }
}
