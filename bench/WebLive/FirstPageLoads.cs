using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;

namespace Samspill.Bench.WebLive;

/// <summary>Cold loads of one page: time to interactive, DOMContentLoaded, and the scripts the page fetched.</summary>
public sealed class FirstPageLoads
{
    public sealed record Script(string Path, long RawBytes, long GzipBytes);

    public required Percentiles Interactive { get; init; }
    public required Percentiles DomContentLoaded { get; init; }
    public required IReadOnlyList<Script> Scripts { get; init; }
    public long ScriptRawBytes => Scripts.Sum(s => s.RawBytes);
    public long ScriptGzipBytes => Scripts.Sum(s => s.GzipBytes);

    /// <summary>
    /// Loads <paramref name="path"/> <paramref name="loads"/> times, each in a new context; the page counts as
    /// interactive when main's h1 holds <paramref name="heading"/> and the body holds <paramref name="content"/>.
    /// </summary>
    public static async Task<FirstPageLoads> MeasureAsync(IBrowser browser, SiloProcess silo, string path, string heading, string content, object? session, int loads)
    {
        var interactive = new List<double>();
        var domContentLoaded = new List<double>();
        List<Script>? scripts = null;
        for (var i = 0; i < loads; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = silo.BaseAddress.ToString(),
                Locale = "nb-NO",
                TimezoneId = "Europe/Oslo",
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            if (session is not null) await DevSession.PutAsync(context, session);
            await context.AddInitScriptAsync(ReadyProbe(heading, content));
            var responses = new List<IResponse>();
            context.Response += (_, r) => { if (r.Request.ResourceType == "script") lock (responses) responses.Add(r); };
            var page = await context.NewPageAsync();
            await page.GotoAsync(path, new PageGotoOptions { Timeout = 60_000 });
            var ready = await page.EvaluateAsync<double>("() => window.__samspillReady");
            if (ready < 0) throw new TimeoutException($"{path} did not show \"{heading}\" and \"{content}\" within 30 s.");
            interactive.Add(ready);
            domContentLoaded.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"));
            if (scripts is null)
            {
                // Whatever the page goes on to fetch by itself (lazy chunks) counts too.
                try { await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 10_000 }); }
                catch (TimeoutException) { }
                List<IResponse> taken;
                lock (responses) taken = responses.ToList();
                scripts = [];
                foreach (var r in taken.DistinctBy(r => r.Url))
                {
                    var body = await r.BodyAsync();
                    scripts.Add(new Script(new Uri(r.Url).AbsolutePath, body.Length, WebLiveBench.GzipLength(body)));
                }
            }
        }
        return new FirstPageLoads
        {
            Interactive = new Percentiles(interactive),
            DomContentLoaded = new Percentiles(domContentLoaded),
            Scripts = scripts ?? [],
        };
    }

    /// <summary>Resolves window.__samspillReady with performance.now() (ms since navigation start) when the page is ready, or -1 after 30 s.</summary>
    private static string ReadyProbe(string heading, string content) => $$"""
        window.__samspillReady = new Promise(resolve => {
          const heading = {{WebLiveBench.Json(heading)}}, content = {{WebLiveBench.Json(content)}};
          const ready = () => {
            const h1 = document.querySelector('main h1');
            return !!h1 && h1.textContent.includes(heading) && document.body.textContent.includes(content);
          };
          const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); resolve(performance.now()); } });
          observer.observe(document, { subtree: true, childList: true, characterData: true });
          setTimeout(() => { observer.disconnect(); resolve(-1); }, 30000);
        });
        """;
}
