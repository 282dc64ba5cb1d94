using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Samspill.Silo.Hosting.Development;
using Samspill.Web.Tests.Infrastructure;

namespace Samspill.Bench.WebLive;

/// <summary>The three measurements of the web app, and the report with the issue's budgets.</summary>
public static class WebLiveBench
{
    private const double LiveBudgetMs = 150;
    private const double InteractiveBudgetMs = 1500;
    private const double ScriptBudgetKb = 250;

    private const string Municipality = "1804";
    private const string MunicipalityName = "Bodø";

    public static async Task<string> RunAsync(BenchOptions options)
    {
        string? azuriteLocation = null;
        AzuriteProcess? azurite = null;
        try
        {
            if (options.Azurite)
            {
                azuriteLocation = Directory.CreateTempSubdirectory("samspill-weblive-").FullName;
                azurite = await AzuriteLauncher.StartAsync(Repository.Root, azuriteLocation, 0, NullLogger.Instance, CancellationToken.None);
            }
            await using var silo = await SiloProcess.StartAsync(
                SiloProcess.ForBrowsers(azurite is null ? SiloProcess.InMemory() : SiloProcess.OnAzurite(azurite.ConnectionString, SiloProcess.NewServiceId("web"))),
                TimeSpan.FromSeconds(120));
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Chromium.LaunchAsync(playwright);

            var token = await silo.TokenAsync("municipality", Municipality, $"Måler i {MunicipalityName}");
            var needId = await PublishNeedAsync(silo, token, "Målt behov nr. 0000");

            Console.Error.WriteLine("First page loads …");
            var signIn = await FirstPageLoads.MeasureAsync(browser, silo, "/logg-inn", "Logg inn", "Hvem er du?", session: null, options.Loads);
            var session = new { accessToken = token, expiresAt = DateTimeOffset.UtcNow.AddHours(8).ToString("O"), role = "municipality", tenant = Municipality, name = $"Måler i {MunicipalityName}" };
            var overview = await FirstPageLoads.MeasureAsync(browser, silo, "/kommune", "Oversikt", "Målt behov nr. 0000", session, options.Loads);

            Console.Error.WriteLine($"Live changes ({options.Warmup} warm-up + {options.Events}) …");
            var live = await LiveChanges.MeasureAsync(browser, silo, session, needId, options.Warmup, options.Events);

            return Report(options, silo, browser.Version, signIn, overview, live);
        }
        finally
        {
            azurite?.Dispose();
            if (azuriteLocation is not null) try { Directory.Delete(azuriteLocation, true); } catch (IOException) { }
        }
    }

    private static async Task<string> PublishNeedAsync(SiloProcess silo, string token, string title)
    {
        var result = await silo.GraphQLAsync(
            "mutation($input: PublishNeedInput!) { publishNeed(input: $input) { id } }",
            new
            {
                input = new
                {
                    title,
                    description = "Et behov som benken endrer tittelen på, om og om igjen.",
                    cpv = new[] { "33196200-2" },
                    category = "GOODS",
                    estimatedValueNok = 900_000,
                    neededFrom = "2027-01-01",
                    neededTo = "2027-12-31",
                },
            },
            token);
        return result["data"]?["publishNeed"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"publishNeed failed: {result.ToJsonString()}");
    }

    private static string Report(BenchOptions options, SiloProcess silo, string browserVersion, FirstPageLoads signIn, FirstPageLoads overview, LiveChanges live)
    {
        var ms = (double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        var kb = (long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
        var verdict = (bool ok) => ok ? "within budget" : "**over budget**";
        var p = live.Latencies;
        var http = live.HttpTimes;
        var sb = new StringBuilder();
        sb.AppendLine("# Web app in Chromium: live change between two pages, first page load, first page JavaScript");
        sb.AppendLine();
        sb.AppendLine($"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        sb.AppendLine($"- Machine: {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.0} GiB; load average at the end: {LoadAverage()}");
        sb.AppendLine($"- Browser: Debian's Chromium {browserVersion}, headless, driven by Microsoft.Playwright 1.64.1 (its own driver, no browser download)");
        sb.AppendLine($"- Silo: the built silo executable (Development, {(options.Azurite ? "grain state on Azurite" : "Storage:Provider=Memory")}, Localhost clustering) as a separate process on 127.0.0.1:{silo.HttpPort}, serving the built web app");
        sb.AppendLine($"- Command: `{options.Command}` (options: `--events {options.Events}`, `--warmup {options.Warmup}`, `--loads {options.Loads}`, `--azurite`, `--out <file>`)");
        sb.AppendLine();
        sb.AppendLine("## Budgets");
        sb.AppendLine();
        sb.AppendLine("| measured | budget | result | verdict |");
        sb.AppendLine("|---|---:|---:|---|");
        sb.AppendLine($"| live change visible in the other page, p95 | ≤ {LiveBudgetMs:0} ms | {ms(p.At(95))} ms | {verdict(p.At(95) <= LiveBudgetMs)} |");
        sb.AppendLine($"| first page (sign-in) interactive, median of {signIn.Interactive.Count} cold loads | ≤ {InteractiveBudgetMs:0} ms | {ms(signIn.Interactive.At(50))} ms | {verdict(signIn.Interactive.At(50) <= InteractiveBudgetMs)} |");
        sb.AppendLine($"| first page (sign-in) interactive, slowest cold load | ≤ {InteractiveBudgetMs:0} ms | {ms(signIn.Interactive.Max)} ms | {verdict(signIn.Interactive.Max <= InteractiveBudgetMs)} |");
        sb.AppendLine($"| first page (sign-in) JavaScript, gzipped | ≤ {ScriptBudgetKb:0} KB | {kb(signIn.ScriptGzipBytes)} KB | {verdict(signIn.ScriptGzipBytes / 1024.0 <= ScriptBudgetKb)} |");
        sb.AppendLine();
        sb.AppendLine("## Live change: mutation sent by one page → change visible in another open page");
        sb.AppendLine();
        sb.AppendLine($"Two browser contexts, both signed in as {MunicipalityName} ({Municipality}). Page B shows *Oversikt*; page A sends `updateNeed` (a new title) with `fetch` and the session's token, one at a time. Measured from just before page A's `fetch` to the moment a MutationObserver in page B sees the new title in the DOM (both clocks are `performance.timeOrigin + performance.now()` of one machine). {options.Warmup} warm-up changes are not counted; {live.Missed} of {options.Events} changes were not seen within 10 s.");
        sb.AppendLine();
        sb.AppendLine("| measured | n | p50 ms | p95 ms | p99 ms | max ms | mean ms |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        sb.AppendLine($"| mutation sent (page A) → change visible (page B) | {p.Count} | {ms(p.At(50))} | {ms(p.At(95))} | {ms(p.At(99))} | {ms(p.Max)} | {ms(p.Mean)} |");
        sb.AppendLine($"| mutation sent (page A) → HTTP response (page A) | {http.Count} | {ms(http.At(50))} | {ms(http.At(95))} | {ms(http.At(99))} | {ms(http.Max)} | {ms(http.Mean)} |");
        sb.AppendLine();
        sb.AppendLine("## First page load (cold: a new browser context each time, so nothing cached)");
        sb.AppendLine();
        sb.AppendLine("\"Interactive\" is the moment the page's heading and its content are in the DOM (rendered by React, whose event handlers are attached at the root when it renders), measured in the page from navigation start.");
        sb.AppendLine();
        sb.AppendLine("| page | n | DOMContentLoaded p50 ms | interactive p50 ms | interactive max ms | scripts | JavaScript raw KB | JavaScript gzipped KB |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, load) in new[] { ("/logg-inn (a new visitor's first page)", signIn), ("/kommune *Oversikt* (signed in, with data)", overview) })
            sb.AppendLine($"| {name} | {load.Interactive.Count} | {ms(load.DomContentLoaded.At(50))} | {ms(load.Interactive.At(50))} | {ms(load.Interactive.Max)} | {load.Scripts.Count} | {kb(load.ScriptRawBytes)} | {kb(load.ScriptGzipBytes)} |");
        sb.AppendLine();
        sb.AppendLine("Scripts of the sign-in page (gzipped with .NET's GZip at Optimal, as a server would send them):");
        sb.AppendLine();
        foreach (var s in signIn.Scripts) sb.AppendLine($"- `{s.Path}`: {kb(s.RawBytes)} KB raw, {kb(s.GzipBytes)} KB gzipped");
        sb.AppendLine();
        sb.AppendLine("On this shared 2-core machine the tails move with whatever else runs; compare p50 between runs and rerun before trusting a p95.");
        return sb.ToString();
    }

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    internal static long GzipLength(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return output.Length;
    }

    internal static string Json(object value) => JsonSerializer.Serialize(value);

    internal static Stopwatch Clock() => Stopwatch.StartNew();
}
