using System.Diagnostics;
using System.Globalization;
using System.Text;
using Samspill.Bench.Search;
using Samspill.Grains.Cases;
using Samspill.Grains.Common;
using Samspill.Grains.Matching;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Search;

// Search bench: the engine (the same SearchIndex and SimilarNeedFinder the grain runs) over N synthetic needs and the
// shipped cases, next to the old word-overlap matcher (NeedMatcher over every poolable need sharing a CPV division,
// as NeedMatchingGrain did before). Bounded in count; no network, no silo.
var count = Arg("--needs", 100_000);
var queries = Arg("--queries", 400);
var outFile = ArgS("--out", Path.Combine(FindRepo(), "bench", "results", "search.md"));
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var catalog = new ReferenceCatalog(new ReferenceDataOptions());
var cases = CaseSeed.Load(catalog, DateTimeOffset.UtcNow);
var needs = SyntheticNeeds.Make(count, catalog);
GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
var before = GC.GetTotalMemory(true);

var build = Stopwatch.StartNew();
var index = new SearchIndex(catalog);
var byId = new Dictionary<string, Samspill.Grains.Needs.NeedRecord>();
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
    .AppendLine($"Index build from the needs and cases in memory: {build.Elapsed.TotalSeconds:0.0} s. Managed memory held by the index and its need copies: {(after - before) / 1024.0 / 1024.0:0} MiB (GC.GetTotalMemory after a full collection; process working set {Environment.WorkingSet / 1024.0 / 1024.0:0} MiB).")
    .AppendLine()
    .AppendLine("Not measured here: reading the projections from Azure Table Storage at rebuild (the grain reads the 15 county need indexes, the directories and the case library; on Azurite that read, not Lucene, dominates), and Orleans call overhead (one grain call, ~0.1–1 ms).");
Console.WriteLine(report);
Directory.CreateDirectory(Path.GetDirectoryName(outFile)!);
File.WriteAllText(outFile, report.ToString());
return 0;

static (double P50, double P99, int N) Time<T>(int n, Func<int, T> work)
{
    var samples = new double[n];
    for (var i = 0; i < n; i++)
    {
        var w = Stopwatch.StartNew();
        work(i);
        samples[i] = w.Elapsed.TotalMilliseconds;
    }
    Array.Sort(samples);
    return (samples[(int)(n * 0.5)], samples[Math.Min(n - 1, (int)Math.Ceiling(n * 0.99) - 1)], n);
}

static string Row(string what, (double P50, double P99, int N) t) => $"| {what} | {t.P50:0.0} ms | {t.P99:0.0} ms | {t.N} |";

int Arg(string name, int fallback) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback; }
string ArgS(string name, string fallback) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback; }
static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Collaboration.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
