using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;

namespace Samspill.Bench.WebLive;

/// <summary>Mutation sent by page A → the change visible in page B, one change at a time.</summary>
public sealed class LiveChanges
{
    public required Percentiles Latencies { get; init; }
    public required Percentiles HttpTimes { get; init; }
    public required int Missed { get; init; }

    public static async Task<LiveChanges> MeasureAsync(IBrowser browser, SiloProcess silo, object session, string needId, int warmup, int events)
    {
        await using var contextA = await NewContextAsync(browser, silo, session);
        await using var contextB = await NewContextAsync(browser, silo, session);
        var pageA = await contextA.NewPageAsync();
        var pageB = await contextB.NewPageAsync();
        await pageA.GotoAsync("/kommune");
        await pageB.GotoAsync("/kommune");
        // Page B must show the need and be connected live before anything is measured.
        await Assertions.Expect(pageB.GetByText("Målt behov nr. 0000").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(pageB.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tilkoblet" })).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var latencies = new List<double>();
        var httpTimes = new List<double>();
        var missed = 0;
        for (var i = 1; i <= warmup + events; i++)
        {
            var title = $"Målt behov nr. {i:0000}";
            await pageB.EvaluateAsync(WatchFor, title);
            var sent = await pageA.EvaluateAsync<SendResult>(Send, new { id = needId, title });
            if (!sent.Ok) throw new InvalidOperationException($"updateNeed failed in page A: {sent.Body}");
            var seen = await pageB.EvaluateAsync<double>("() => window.__samspillSeen");
            if (i <= warmup) continue;
            if (seen < 0) { missed++; continue; }
            latencies.Add(seen - sent.SentAt);
            httpTimes.Add(sent.AnsweredAt - sent.SentAt);
        }
        return new LiveChanges { Latencies = new Percentiles(latencies), HttpTimes = new Percentiles(httpTimes), Missed = missed };
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, SiloProcess silo, object session)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = silo.BaseAddress.ToString(),
            Locale = "nb-NO",
            TimezoneId = "Europe/Oslo",
        });
        await DevSession.PutAsync(context, session);
        return context;
    }

    /// <summary>The result of page A's fetch; times in ms on the machine's clock.</summary>
    public sealed class SendResult
    {
        public bool Ok { get; set; }
        public string Body { get; set; } = "";
        public double SentAt { get; set; }
        public double AnsweredAt { get; set; }
    }

    private const string WatchFor = """
        title => {
          window.__samspillSeen = new Promise(resolve => {
            const seen = () => document.body.textContent.includes(title);
            if (seen()) { resolve(performance.timeOrigin + performance.now()); return; }
            const observer = new MutationObserver(() => {
              if (seen()) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            setTimeout(() => { observer.disconnect(); resolve(-1); }, 10000);
          });
        }
        """;

    private const string Send = """
        async ({ id, title }) => {
          const token = JSON.parse(localStorage.getItem('samspill.session')).accessToken;
          const sentAt = performance.timeOrigin + performance.now();
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
            body: JSON.stringify({
              query: 'mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id title } }',
              variables: { input: { id, title } },
            }),
          });
          const body = await response.text();
          const answeredAt = performance.timeOrigin + performance.now();
          return { ok: response.ok && !body.includes('"errors"'), body, sentAt, answeredAt };
        }
        """;
}
