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
            Timeout = 120_000,
        });
    }
}
