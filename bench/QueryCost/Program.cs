using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samspill.Gateway.Tests.Security;

// What it costs the silo to refuse each query bomb of issue 18: the silo's own CPU time (all threads, read from the
// process) around each request, sent one at a time, anonymous, on loopback. Bounded: a few rounds per bomb.
var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var output = Path.Combine(FindRepoRoot(), "bench", "results", "query-cost.md");

await using var silo = await SiloProcess.StartAsync(SiloProcess.InMemory(), TimeSpan.FromSeconds(120));
using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

var rows = new List<string>();
var cases = new List<(string Name, string Query)> { ("baseline: { __typename }", "{ __typename }") };
cases.AddRange(QueryBombs.All());
foreach (var (name, query) in cases)
{
    await SendAsync(query); // warm-up (JIT, first activation)
    var cpu = new List<double>();
    var wall = new List<double>();
    string code = "";
    for (var i = 0; i < rounds; i++)
    {
        var before = silo.CpuTime;
        var clock = Stopwatch.StartNew();
        code = await SendAsync(query);
        wall.Add(clock.Elapsed.TotalMilliseconds);
        // The answer is written before the request's last bookkeeping ends; let it finish before reading the CPU.
        await Task.Delay(50);
        cpu.Add((silo.CpuTime - before).TotalMilliseconds);
    }
    cpu.Sort();
    wall.Sort();
    var row = $"| {name} | {Encoding.UTF8.GetByteCount(query):N0} | {code} | {cpu[cpu.Count / 2]:F1} | {cpu[^1]:F1} | {wall[wall.Count / 2]:F1} |";
    Console.WriteLine(row);
    rows.Add(row);
}

var idleBefore = silo.CpuTime;
await Task.Delay(1000);
var idle = (silo.CpuTime - idleBefore).TotalMilliseconds;

var report = new StringBuilder();
report.AppendLine("# Query cost: what refusing each query bomb costs the silo");
report.AppendLine();
report.AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores (shared machine), .NET {Environment.Version}, silo built in Release, memory storage, anonymous requests on 127.0.0.1, {rounds} rounds per query after one warm-up.");
report.AppendLine("CPU is the silo process's own processor time (all threads) across the request plus 50 ms of settling, so it includes");
report.AppendLine($"background work: the idle silo used {idle:F1} ms of CPU in one second during this run. The bar from issue 18 is 50 ms of CPU per refused bomb.");
report.AppendLine();
report.AppendLine("| query | bytes | answer | CPU median (ms) | CPU max (ms) | wall median (ms) |");
report.AppendLine("|---|---:|---|---:|---:|---:|");
foreach (var row in rows) report.AppendLine(row);
report.AppendLine();
report.AppendLine("Rerun: `dotnet run --project bench/QueryCost -c Release` (option `--rounds N`).");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report.ToString());
Console.WriteLine($"Wrote {output}");
return 0;

async Task<string> SendAsync(string query)
{
    using var response = await http.PostAsJsonAsync("/graphql", new { query });
    var body = await response.Content.ReadAsStringAsync();
    using var json = JsonDocument.Parse(body);
    return json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
        && errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c)
        ? c.GetString() ?? "?"
        : $"{(int)response.StatusCode} data";
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Collaboration.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
