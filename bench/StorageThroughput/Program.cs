// Writes/second of Orleans' Azure Table grain storage (as the silo configures it) next to a raw TableClient upsert
// of the same payload, on a private Azurite. Azurite is single-threaded JavaScript: the ratio says what the
// provider costs, the absolute numbers say little about Azure. See bench/README.md.
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;
using Samspill.Bench.StorageThroughput;
using Samspill.Grains;
using Samspill.Silo.Hosting.Development;
using Samspill.Silo.Storage;

var writes = ArgInt("--writes", 500);
var cap = TimeSpan.FromSeconds(ArgInt("--seconds", 120));
const int Rounds = 5;
const int Warmup = 20;

var repoRoot = RepoRoot.Find(Directory.GetCurrentDirectory()) ?? RepoRoot.Find(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("Run inside the repository (no Collaboration.sln found above here).");
var output = ArgString("--out", Path.Combine(repoRoot, "bench", "results", "storage-throughput.md"));
var location = Directory.CreateTempSubdirectory("samspill-bench-azurite-").FullName;

await using var azurite = await AzuriteLauncher.StartAsync(repoRoot, location, 0, NullLogger.Instance, CancellationToken.None);
try
{
    // A real one-silo host on free loopback ports, so the provider starts (creates its table) as in the silo.
    var host = Host.CreateApplicationBuilder();
    host.Logging.SetMinimumLevel(LogLevel.Warning);
    host.UseOrleans(silo => silo
        .UseLocalhostClustering(FreePort(), FreePort())
        .AddSamspillAzureTableGrainStorage("bench", AzureStorageAccount.FromConnectionString(azurite.ConnectionString), "BenchGrainState"));
    using var app = host.Build();
    await app.StartAsync();
    var storage = app.Services.GetRequiredKeyedService<IGrainStorage>("bench");
    var rawTable = new TableClient(azurite.ConnectionString, "BenchRaw");
    await rawTable.CreateIfNotExistsAsync();

    var grainId = GrainId.Create("bench", "roster");
    var grainState = new GrainState<BenchState>(BenchState.Create());
    var payload = JsonSerializer.SerializeToUtf8Bytes(grainState.State, GrainStateJson.Options);
    // The raw contender stores the same bytes the provider stores, in the same property layout.
    var rawEntity = new TableEntity("bench_bench_roster", "state") { ["Data"] = payload };

    Task WriteGrainStateAsync()
    {
        grainState.State!.Version++;
        return storage.WriteStateAsync("state", grainId, grainState);
    }
    Task UpsertRawAsync() => rawTable.UpsertEntityAsync(rawEntity, TableUpdateMode.Replace);

    for (var i = 0; i < Warmup; i++)
    {
        await WriteGrainStateAsync();
        await UpsertRawAsync();
    }

    var provider = new WriteTimings("Orleans AzureTableGrainStorage.WriteStateAsync");
    var raw = new WriteTimings("TableClient.UpsertEntityAsync");
    var clock = Stopwatch.StartNew();
    var perRound = writes / Rounds;
    for (var round = 0; round < Rounds && clock.Elapsed < cap; round++)
    {
        // Alternate who goes first so Azurite's drift over the run does not favour one side.
        var order = round % 2 == 0 ? new[] { (provider, (Func<Task>)WriteGrainStateAsync), (raw, UpsertRawAsync) } : [(raw, UpsertRawAsync), (provider, WriteGrainStateAsync)];
        foreach (var (timings, write) in order)
        {
            for (var i = 0; i < perRound && clock.Elapsed < cap; i++) await timings.TimeAsync(write);
        }
    }

    var capped = provider.Count < perRound * Rounds || raw.Count < perRound * Rounds;
    var ratio = provider.WritesPerSecond / raw.WritesPerSecond;
    var report = Report(provider, raw, ratio, payload.Length, capped, cap, await NodeVersionAsync(), AzuriteVersion(repoRoot));
    Console.WriteLine(report);
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    await File.WriteAllTextAsync(output, report);
    Console.WriteLine($"Written to {output}");
    await app.StopAsync();
}
finally
{
    await azurite.DisposeAsync();
    Directory.Delete(location, recursive: true);
}

string Report(WriteTimings provider, WriteTimings raw, double ratio, int payloadBytes, bool capped, TimeSpan cap, string node, string azuriteVersion)
{
    var inv = CultureInfo.InvariantCulture;
    var text = new StringBuilder();
    text.AppendLine("# Storage throughput: Orleans' AzureTableGrainStorage vs raw TableClient upsert");
    text.AppendLine();
    text.AppendLine(inv, $"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
    text.AppendLine(inv, $"- Machine: {RuntimeInformation.OSDescription}, {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0.#} GiB");
    text.AppendLine(inv, $"- Runtime: {RuntimeInformation.FrameworkDescription}; Node.js {node}; Azurite {azuriteVersion} (table service, private instance, loopback)");
    text.AppendLine(inv, $"- Workload: one grain, sequential writes of a {payloadBytes}-byte JSON state, {Rounds} alternating rounds, {Warmup} warm-up writes each{(capped ? $"; stopped early by the {cap.TotalSeconds:0} s cap" : "")}");
    text.AppendLine();
    text.AppendLine("| contender | writes | writes/s | p50 ms | p95 ms |");
    text.AppendLine("|---|---:|---:|---:|---:|");
    foreach (var t in new[] { provider, raw })
    {
        text.AppendLine(inv, $"| {t.Name} | {t.Count} | {t.WritesPerSecond:0} | {t.Percentile(0.5):0.00} | {t.Percentile(0.95):0.00} |");
    }
    text.AppendLine();
    text.AppendLine(inv, $"**Ratio (provider / raw writes per second): {ratio:0.00}**");
    text.AppendLine();
    text.AppendLine("Azurite is single-threaded JavaScript, so absolute numbers say little about Azure; the ratio is what the provider adds (JSON serialization by GrainStateSerializer, ETag-conditional replace instead of unconditional upsert).");
    return text.ToString();
}

static async Task<string> NodeVersionAsync()
{
    try
    {
        using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
        var version = (await node.StandardOutput.ReadToEndAsync()).Trim();
        await node.WaitForExitAsync();
        return version;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "(unknown)";
    }
}

static string AzuriteVersion(string repoRoot)
{
    using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(repoRoot, "node_modules", "azurite", "package.json")));
    return document.RootElement.GetProperty("version").GetString() ?? "(unknown)";
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

int ArgInt(string name, int fallback) => int.TryParse(ArgString(name, ""), out var value) && value > 0 ? value : fallback;

string ArgString(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
