using Microsoft.Playwright;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright's own driver (shipped in the NuGet package, so nothing is downloaded):
/// Playwright's browser download cannot work on these machines, and `playwright install` is never run.
/// </summary>
public static class Chromium
{
    /// <summary>Where the browser is: $SAMSPILL_CHROMIUM, else Debian's package.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("SAMSPILL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>
    /// The test process's environment with a Norwegian UI language. Chromium formats date inputs by its own UI
    /// language (from LANG, with Debian's chromium-l10n), not by the page's locale, so without this a screenshot shows
    /// "mm/dd/yyyy" where a Norwegian user sees "dd.mm.åååå".
    /// </summary>
    private static Dictionary<string, string> NorwegianEnvironment()
    {
        var env = new Dictionary<string, string>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            env[(string)e.Key] = (string?)e.Value ?? "";
        }
        env["LANG"] = "nb_NO.UTF-8";
        env["LANGUAGE"] = "nb";
        return env;
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}, so the browser tests cannot run" +
                (Environment.GetEnvironmentVariable("CI") == "true"
                    ? " (CI: .ci/run should have installed it with apt-get)."
                    : ": apt-get install -y chromium (or point SAMSPILL_CHROMIUM at a Chromium)."));
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            Env = NorwegianEnvironment(),
            Timeout = 120_000,
        });
    }
}
