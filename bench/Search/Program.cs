using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Samspill.Bench.Search;
using Samspill.Grains.Cases;
using Samspill.Grains.Common;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Search;

// Search bench: the engine (the same SearchIndex and SimilarNeedFinder the grain runs) over N synthetic needs and the
// shipped cases, next to the old word-overlap matcher (NeedMatcher over every poolable need sharing a CPV division,
// as NeedMatchingGrain did before). Bounded in count; no network, no silo.
if (args.Contains("--feed"))
{
    // Only the feed bench (see FeedBench): prints its table, writes nothing.
    Console.WriteLine(FeedBench.Run(Arg("--needs", 10_000), Arg("--per-row", 400), [8, 32, 128],
        "dotnet run --project bench/Search -c Release -- " + string.Join(' ', args)));
    return 0;
}
var count = Arg("--needs", 100_000);
var queries = Arg("--queries", 400);
var recallProbes = Arg("--recall", 60);
var outFile = ArgS("--out", Path.Combine(FindRepo(), "bench", "results", "search.md"));
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var loadBefore = LoadAverage();

var catalog = new ReferenceCatalog(new ReferenceDataOptions());
var cases = CaseSeed.Load(catalog, DateTimeOffset.UtcNow);
var needs = SyntheticNeeds.Make(count, catalog);
GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
var before = GC.GetTotalMemory(true);

var build = Stopwatch.StartNew();
var index = new SearchIndex(catalog);
var byId = new Dictionary<string, NeedRecord>();
foreach (var n in needs) { var doc = SearchDocuments.Need(n, catalog); if (doc is not null && index.Upsert(doc)) byId[n.Id] = n; }
foreach (var c in cases) index.Upsert(SearchDocuments.Case(c, catalog));
var related = RelatedCpv.FromCases(cases);
index.Search(new SearchQuery { Text = "alarm", First = 1 }, [SearchAudience.Public]); // makes the index searchable (refresh)
build.Stop();
GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
var after = GC.GetTotalMemory(true);

string[] texts = ["velferdsteknologi", "trygghetsalarm", "brøyting", "snørydding", "responssenter", "pasientjournal", "sensorer", "vannledninger",
    "avfallsinnsamling", "utslippsfri hurtigbåt", "ventilasjon i skoler", "læremidler", "sykehjem", "hjemmetjenesten", "ferje", "inneklima"];
var audiences = SearchAudience.Of(new Caller(CallerRole.Municipality, "1804", null));
var random = new Random(7);
for (var i = 0; i < 20; i++) index.Search(new SearchQuery { Text = texts[i % texts.Length] }, audiences); // warm-up, not measured
var search = Time(queries, i => index.Search(new SearchQuery { Text = texts[i % texts.Length], First = 20 }, audiences));

var probes = Enumerable.Range(0, queries).Select(_ => needs[random.Next(needs.Count)]).ToList();
for (var i = 0; i < 10; i++) SimilarNeedFinder.Find(index, byId, related, catalog, probes[i], audiences, 10);
var similar = Time(queries, i => SimilarNeedFinder.Find(index, byId, related, catalog, probes[i], audiences, 10));

// The same path in its three steps, each timed on its own: the need's text analysed and weighed (the probe), the
// Lucene candidate query (visibility filter, search, ids), the re-scoring with reasons (text overlap, CPV, months).
var probeStep = Time(queries, i => index.Probe(probes[i].Title, probes[i].Description));
var probed = probes.Select(p => index.Probe(p.Title, p.Description)).ToList();
var candidateStep = Time(queries, i => SimilarNeedFinder.Candidates(index, related, probes[i], probed[i], audiences, 10));
var candidates = probes.Select((p, i) => SimilarNeedFinder.Candidates(index, related, p, probed[i], audiences, 10)).ToList();
var rankStep = Time(queries, i => SimilarNeedFinder.Rank(index, byId, related, catalog, probes[i], probed[i], candidates[i], 10));

// The candidate query with every term of the need's text (as before the terms were chosen), for time and recall.
var allTerms = probes.Select(p => index.Probe(p.Title, p.Description, int.MaxValue, double.PositiveInfinity)).ToList();
var allTermsStep = Time(queries, i => SimilarNeedFinder.Candidates(index, related, probes[i], allTerms[i], audiences, 10));

// Against an exhaustive scan (every need the caller may see, scored the same way): how many of the engine's top 10
// score at least what the scan's 10th does (ties count), how many are at least as alike in text as the scan's 10th
// most alike text, and the engine's mean top-10 score as a share of the scan's.
(double Strict, double Text, double ScoreShare) Recall(Func<NeedRecord, SimilarityProbe> probeOf)
{
    var shares = new List<double>();
    var textShares = new List<double>();
    var scoreShares = new List<double>();
    foreach (var need in probes.Take(recallProbes))
    {
        var probe = probeOf(need);
        var own = catalog.Municipality(need.Municipality)!;
        var scanned = byId.Values.Where(o => SearchAudience.OfNeed(o).Any(audiences.Contains))
            .Select(o => NeedSimilarity.Score(need, o, own, catalog.Municipality(o.Municipality)!, index.TextSimilarity(probe, o.Id), related))
            .OfType<NeedMatch>().ToList();
        var all = scanned.OrderByDescending(m => m.Score).Take(10).ToList();
        if (all.Count == 0) continue;
        var texts = scanned.Select(TextOf).OrderDescending().Take(10).ToList();
        var found = SimilarNeedFinder.Rank(index, byId, related, catalog, need, probe,
            SimilarNeedFinder.Candidates(index, related, need, probe, audiences, 10), 10);
        shares.Add((double)found.Count(m => m.Score >= all[^1].Score) / all.Count);
        textShares.Add((double)found.Count(m => TextOf(m) >= texts[^1]) / texts.Count);
        scoreShares.Add(found.Take(all.Count).Sum(m => m.Score) / all.Sum(m => m.Score));
    }
    return shares.Count == 0 ? (1, 1, 1) : (shares.Average(), textShares.Average(), scoreShares.Average());
}
static double TextOf(NeedMatch m) => m.Details?.FirstOrDefault(d => d.Reason == MatchReason.TextSimilarity)?.Similarity ?? 0;
var recallChosen = Recall(n => index.Probe(n.Title, n.Description));
var recallAll = Recall(n => index.Probe(n.Title, n.Description, int.MaxValue, double.PositiveInfinity));
var meanQueryTerms = probed.Average(p => p.QueryTerms.Count);
var meanAllTerms = allTerms.Average(p => p.QueryTerms.Count);

// The old path: every poolable need (as the county indexes returned them), scored by word overlap.
var poolable = needs.Where(n => n.OpenToCollaboration && n.ConsortiumId is null && !n.IsWithdrawn).ToList();
var oldQueries = Math.Min(queries, 100);
var old = Time(oldQueries, i =>
{
    var need = probes[i];
    var own = catalog.Municipality(need.Municipality)!;
    return poolable.Select(o => NeedMatcher.Score(need, o, own, catalog.Municipality(o.Municipality)!)).OfType<NeedMatch>()
        .OrderByDescending(m => m.Score).Take(10).ToList();
});

var report = new StringBuilder()
    .AppendLine("# Search bench")
    .AppendLine()
    .AppendLine($"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores (shared machine), .NET {Environment.Version}, `dotnet run --project bench/Search -c Release -- --needs {count} --queries {queries}`.")
    .AppendLine()
    .AppendLine($"Corpus: {count:N0} synthetic needs (10 domains of realistic phrases, 357 municipalities, 10 % private, 20 % closed to collaboration) + {cases.Count} shipped cases; {index.Count:N0} documents indexed.")
    .AppendLine()
    .AppendLine("| what | p50 | p99 | n |")
    .AppendLine("|---|---|---|---|")
    .AppendLine(Row("search (16 Norwegian queries, top 20 + facets + highlights, as a municipality)", search))
    .AppendLine(Row("similarNeeds, new engine (top 10)", similar))
    .AppendLine(Row("similarNeeds, old word-overlap matcher (top 10, scan of every poolable need)", old))
    .AppendLine()
    .AppendLine($"Load average (1, 5, 15 min) before the run: {loadBefore}; after: {LoadAverage()}. CPU time is this thread's own (clock_gettime), so it moves less with other processes' load than wall time does.")
    .AppendLine()
    .AppendLine("similarNeeds step by step (same probes, each step timed on its own):")
    .AppendLine()
    .AppendLine("| step | p50 | p99 | CPU p50 | CPU p99 | CPU mean |")
    .AppendLine("|---|---|---|---|---|---|")
    .AppendLine(StepRow("whole similarNeeds", similar))
    .AppendLine(StepRow("probe: analyse the need's text, weigh its terms, choose the query terms", probeStep))
    .AppendLine(StepRow($"candidates: Lucene query on {meanQueryTerms:0.0} chosen terms + CPV prefixes, cached visibility filter, top {SimilarNeedFinder.MinCandidates} ids", candidateStep))
    .AppendLine(StepRow($"candidates with every term of the text ({meanAllTerms:0.0} terms; not used, for comparison)", allTermsStep))
    .AppendLine(StepRow("rank: text overlap from kept term ids, CPV, related CPV, months, reasons", rankStep))
    .AppendLine()
    .AppendLine($"Against an exhaustive scan of every visible need with the same scoring ({Math.Min(recallProbes, queries)} probes), chosen terms / every term: top 10 that score at least the scan's 10th {recallChosen.Strict:P0} / {recallAll.Strict:P0}; at least as alike in text as the scan's 10th most alike {recallChosen.Text:P0} / {recallAll.Text:P0}; mean top-10 score as a share of the scan's {recallChosen.ScoreShare:P1} / {recallAll.ScoreShare:P1}. (About 10,000 synthetic needs share each domain's phrases, so the scan's top 10 are decided by time, size and county, which the text query does not see.)")
    .AppendLine()
    .AppendLine($"Index build from the needs and cases in memory: {build.Elapsed.TotalSeconds:0.0} s. Managed memory held by the index and its need copies: {(after - before) / 1024.0 / 1024.0:0} MiB (GC.GetTotalMemory after a full collection; process working set {Environment.WorkingSet / 1024.0 / 1024.0:0} MiB).")
    .AppendLine()
    .AppendLine("Not measured here: reading the projections from Azure Table Storage at rebuild (the grain reads the 15 county need indexes, the directories and the case library; on Azurite that read, not Lucene, dominates), and Orleans call overhead (one grain call, ~0.1–1 ms).");
Console.WriteLine(report);
Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);
File.WriteAllText(outFile, report.ToString());
return 0;

static Timing Time<T>(int n, Func<int, T> work)
{
    var samples = new double[n];
    var cpu = new double[n];
    for (var i = 0; i < n; i++)
    {
        var c = ThreadCpu.Milliseconds();
        var w = Stopwatch.StartNew();
        work(i);
        samples[i] = w.Elapsed.TotalMilliseconds;
        cpu[i] = ThreadCpu.Milliseconds() - c;
    }
    var cpuMean = cpu.Average();
    Array.Sort(samples);
    Array.Sort(cpu);
    return new Timing(P50(samples), P99(samples), n, P50(cpu), P99(cpu), cpuMean);
}

static double P50(double[] sorted) => sorted[sorted.Length / 2];
static double P99(double[] sorted) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)];

static string Row(string what, Timing t) => $"| {what} | {t.P50:0.0} ms | {t.P99:0.0} ms | {t.N} |";

static string StepRow(string what, Timing t) => $"| {what} | {t.P50:0.00} ms | {t.P99:0.00} ms | {t.CpuP50:0.00} ms | {t.CpuP99:0.00} ms | {t.CpuMean:0.00} ms |";

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

int Arg(string name, int fallback) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback; }
string ArgS(string name, string fallback) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback; }
static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Collaboration.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}

/// <summary>Wall-clock percentiles and this thread's CPU time per operation.</summary>
internal sealed record Timing(double P50, double P99, int N, double CpuP50, double CpuP99, double CpuMean);

/// <summary>The calling thread's CPU time (Linux clock_gettime); 0 where that clock is not available.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        return ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : 0;
    }
}
