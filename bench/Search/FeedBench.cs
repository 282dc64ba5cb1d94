using System.Diagnostics;
using System.Text;
using Samspill.Grains.Cases;
using Samspill.Grains.Common;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Search;

namespace Samspill.Bench.Search;

/// <summary>
/// How many published needs the search index absorbs per second (index, then find partners), one need per index
/// call as the county feeds did (with the reader refreshed per need, or lagging a few needs behind as now), or in
/// batches (<see cref="NeedFeedBatch"/>, the grain's own path);
/// and, to see what dominates, the upserts with a reader refresh each against the upserts alone. No silo, no network.
/// </summary>
public static class FeedBench
{
    public static string Run(int stored, int perMode, IReadOnlyList<int> batchSizes, string command)
    {
        var catalog = new ReferenceCatalog(new ReferenceDataOptions());
        var cases = CaseSeed.Load(catalog, DateTimeOffset.UtcNow);
        var modes = 4 + batchSizes.Count;
        var all = SyntheticNeeds.Make(stored + perMode * (modes + 1), catalog);
        using var index = new SearchIndex(catalog);
        var needs = new Dictionary<string, NeedRecord>();
        foreach (var n in all.Take(stored)) NeedFeedBatch.Upsert(index, needs, catalog, n);
        foreach (var c in cases) index.Upsert(SearchDocuments.Case(c, catalog));
        var related = RelatedCpv.FromCases(cases);
        _ = index.Idf(); // makes the index searchable (refresh)
        var next = stored;
        List<NeedRecord> Slice() { var s = all.Skip(next).Take(perMode).ToList(); next += perMode; return s; }
        NeedFeedStep Step(NeedRecord n) => new([n], [n], new Caller(CallerRole.Municipality, n.Municipality, null));
        void Feed(List<NeedRecord> slice, int batch)
        {
            foreach (var chunk in slice.Chunk(batch))
                NeedFeedBatch.Apply(index, needs, related, catalog, chunk.Select(Step).ToList(), NeedFeedGrain.Candidates);
        }

        Feed(Slice(), 1); // warm-up, not measured
        var rows = new List<(string What, Measured M)>
        {
            ("one need per call: upsert, reader refresh (no query)", Measure(Slice(), slice => { foreach (var n in slice) { NeedFeedBatch.Upsert(index, needs, catalog, n); _ = index.Idf(); } })),
            ("all upserts, one refresh at the end (no query)", Measure(Slice(), slice => { foreach (var n in slice) NeedFeedBatch.Upsert(index, needs, catalog, n); _ = index.Idf(); })),
            // The feeds before the lagging reader: a refresh per need (here after each call; the query then finds one need in memory).
            ("one need per call: upsert, partner query, reader refreshed per need (the feeds before 2026-12-07)",
                Measure(Slice(), slice => { foreach (var n in slice) { Feed([n], 1); _ = index.Idf(); } })),
            ($"one need per call: upsert, partner query, reader lagging up to {SearchIndex.MaxUnrefreshedNeeds} needs (the feeds now)", Measure(Slice(), slice => Feed(slice, 1))),
        };
        foreach (var b in batchSizes)
            rows.Add(($"batches of {b}: upserts, one refresh, {b} partner queries", Measure(Slice(), slice => Feed(slice, b))));

        var report = new StringBuilder()
            .AppendLine($"Feed bench, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (shared), .NET {Environment.Version}: `{command}`; {stored:N0} synthetic needs stored, {perMode} new needs per row, {index.Count:N0} documents at the end; load average {LoadAverage()} at the end.")
            .AppendLine()
            .AppendLine("| index work per published need | needs/s (wall) | CPU ms per need (this thread) |")
            .AppendLine("|---|---:|---:|");
        foreach (var (what, m) in rows) report.AppendLine($"| {what} | {m.PerSecond:0} | {m.CpuMsPerNeed:0.00} |");
        return report.ToString();
    }

    private static Measured Measure(List<NeedRecord> slice, Action<List<NeedRecord>> work)
    {
        var cpu = ThreadCpu.Milliseconds();
        var watch = Stopwatch.StartNew();
        work(slice);
        watch.Stop();
        return new Measured(slice.Count / watch.Elapsed.TotalSeconds, (ThreadCpu.Milliseconds() - cpu) / slice.Count);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Measured(double PerSecond, double CpuMsPerNeed);
}
