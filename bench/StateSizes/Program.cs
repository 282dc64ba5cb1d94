// The largest grain states after a busy season, as stored by the real silo on a private Azurite: every municipality
// publishes a need, rates itself and reports statistics; one consortium takes in many members who all pool a need
// and give their mandate; suppliers register for its dialogue conference and ask questions that are answered. Then
// every row of the grain state table is measured. See bench/README.md.
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Samspill.Silo.Hosting.Development;
using Samspill.Silo.Storage;

var members = ArgInt("--members", 80);
var suppliers = ArgInt("--suppliers", 120);
var questions = ArgInt("--questions", 60);

var repoRoot = RepoRoot.Find(Directory.GetCurrentDirectory()) ?? RepoRoot.Find(AppContext.BaseDirectory)
    ?? throw new InvalidOperationException("Run inside the repository (no Collaboration.sln found above here).");
var output = ArgString("--out", Path.Combine(repoRoot, "bench", "results", "state-sizes.md"));
var municipalities = File.ReadLines(Path.Combine(repoRoot, "src", "Grains", "ReferenceData", "Data", "municipalities.csv"))
    .Skip(1).Select(line => line.Split(',')[0]).ToList();
var location = Directory.CreateTempSubdirectory("samspill-bench-sizes-").FullName;
await using var azurite = await AzuriteLauncher.StartAsync(repoRoot, location, 0, NullLogger.Instance, CancellationToken.None);
try
{
    await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string>
    {
        ["Storage:Provider"] = "AzureTable",
        ["ConnectionStrings:AzureStorage"] = azurite.ConnectionString,
        ["Limits:PermitLimit"] = "1000000",
        // Sizes are measured here, not speed: a slow answer on a loaded machine must not end the season.
        ["GraphQL:Timeout"] = "00:02:00",
    }, TimeSpan.FromSeconds(300));
    using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    var clock = System.Diagnostics.Stopwatch.StartNew();

    // Every municipality: a need, a self-assessment and a year of statistics (the programme overview's inputs).
    var needs = new Dictionary<string, string>();
    foreach (var (m, i) in municipalities.Select((m, i) => (m, i)))
    {
        var token = await TokenAsync("municipality", m);
        needs[m] = (await GraphQLAsync(token, "mutation($t: String!) { publishNeed(input: { title: $t, description: \"Sensorer og varsling for hjemmeboende i hele kommunen, med opplæring og drift\", cpv: [\"33196200-2\", \"72000000-5\"], category: GOODS, estimatedValueNok: 900000, neededFrom: \"2027-01-01\", neededTo: \"2027-12-31\", visibility: PUBLIC }) { id } }",
            new { t = $"Digitalt tilsyn i hjemmetjenesten {i}" })).GetProperty("publishNeed").GetProperty("id").GetString()!;
        await GraphQLAsync(token, "mutation { submitCapabilityAssessment(input: { scores: [{ dimension: LEADERSHIP_ANCHORING, score: 3 }, { dimension: STRATEGY, score: 2 }, { dimension: COMPETENCE, score: 4 }, { dimension: INTERNAL_COLLABORATION, score: 3 }, { dimension: SUPPLIER_DIALOGUE, score: 2 }, { dimension: INTERMUNICIPAL_COLLABORATION, score: 5 }, { dimension: BENEFIT_REALISATION, score: 1 }] }) { submittedAt } }");
        await GraphQLAsync(token, "mutation { reportProcurementStatistics(year: 2026, total: 40, innovative: 3) { number } }");
    }

    // One consortium led by Bodø with many members, each pooling its need and giving its mandate.
    const string Lead = "1804";
    var leadToken = await TokenAsync("municipality", Lead);
    var consortium = (await GraphQLAsync(leadToken, "mutation($n: ID!) { createConsortium(input: { title: \"Trygghet i hele landet\", description: \"Felles anskaffelse av trygghetsteknologi\", needId: $n }) { id } }", new { n = needs[Lead] }))
        .GetProperty("createConsortium").GetProperty("id").GetString()!;
    foreach (var m in municipalities.Where(m => m != Lead).Take(members - 1))
    {
        await GraphQLAsync(leadToken, "mutation($c: ID!, $m: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: $m, message: \"Bli med i felles anskaffelse?\") { id } }", new { c = consortium, m });
        var token = await TokenAsync("municipality", m);
        await GraphQLAsync(token, "mutation($c: ID!) { respondToInvitation(consortiumId: $c, accept: true) { id } }", new { c = consortium });
        await GraphQLAsync(token, "mutation($c: ID!, $n: ID!) { poolNeed(consortiumId: $c, needId: $n) { id } }", new { c = consortium, n = needs[m] });
        await GraphQLAsync(token, "mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Kommunestyrevedtak 2027/14\") { id } }", new { c = consortium });
    }
    await GraphQLAsync(leadToken, "mutation($c: ID!) { recordAuthorization(consortiumId: $c, reference: \"Bystyrevedtak 2027/14\") { id } }", new { c = consortium });
    foreach (var phase in new[] { "NEEDS_CLARIFICATION", "MARKET_DIALOGUE" })
        await GraphQLAsync(leadToken, $"mutation($c: ID!) {{ advancePhase(consortiumId: $c, to: {phase}) {{ id }} }}", new { c = consortium });

    // Its dialogue conference: suppliers register, ask, and every question is answered.
    var eventId = (await GraphQLAsync(leadToken, "mutation($c: ID!) { announceDialogueEvent(input: { consortiumId: $c, title: \"Dialogkonferanse\", description: \"Hva kan markedet tilby?\", kind: CONFERENCE, startsAt: \"2027-03-10T09:00:00Z\", endsAt: \"2027-03-10T15:00:00Z\", location: \"Stormen, Bodø\", registrationDeadline: \"2027-03-03T12:00:00Z\", capacity: 1000 }) { id } }", new { c = consortium }))
        .GetProperty("announceDialogueEvent").GetProperty("id").GetString()!;
    var orgNumbers = OrganisationNumbers().Take(suppliers).ToList();
    // Where the season stops, if it does before the end: the step, and what the silo said about it.
    string? ended = null;
    for (var i = 0; i < orgNumbers.Count && ended is null; i++)
    {
        try
        {
            var token = await TokenAsync("supplier", orgNumbers[i]);
            await GraphQLAsync(token, "mutation($n: String!) { registerSupplier(input: { name: $n }) { orgNumber } }", new { n = $"Leverandør {i} AS" });
            await GraphQLAsync(token, "mutation($e: ID!) { registerForDialogueEvent(eventId: $e, attendees: 2) { attendees } }", new { e = eventId });
            if (i < questions)
            {
                var id = (await GraphQLAsync(token, "mutation($c: ID!, $t: String!) { askQuestion(consortiumId: $c, text: $t) { id } }",
                    new { c = consortium, t = $"Spørsmål {i}: må alarmene følge EN 50134, og hvordan skal integrasjon mot journalsystemet dokumenteres?" }))
                    .GetProperty("askQuestion").GetProperty("id").GetString()!;
                await GraphQLAsync(leadToken, "mutation($q: ID!) { answerQuestion(questionId: $q, answer: \"Ja. Integrasjon dokumenteres etter standarden, og svaret gjelder alle leverandører likt.\") { answer } }", new { q = id });
            }
        }
        catch (InvalidOperationException e)
        {
            var said = silo.Output.Split('\n').LastOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? "";
            ended = $"supplier {i + 1} of {orgNumbers.Count} (question {Math.Min(i, questions) + 1}): {e.Message.Split('\n')[0]} {said.Trim()}";
            Console.WriteLine($"The season ended early at {ended}");
        }
    }
    var seasonTime = clock.Elapsed;

    // Measure every stored row: the JSON bytes in Data, Data1, … per state name.
    var table = new TableClient(azurite.ConnectionString, AzureTableGrainStorageSetup.DefaultTableName);
    var rows = new List<(string State, string Key, int Bytes)>();
    await foreach (var row in table.QueryAsync<TableEntity>())
    {
        var bytes = row.Keys.Where(k => k == "Data" || (k.StartsWith("Data") && int.TryParse(k[4..], out _))).Sum(k => row.GetBinary(k)?.Length ?? 0);
        rows.Add((row.RowKey, row.PartitionKey, bytes));
    }

    var inv = CultureInfo.InvariantCulture;
    var text = new StringBuilder();
    text.AppendLine("# Grain state sizes after a busy season");
    text.AppendLine();
    text.AppendLine(inv, $"- Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}; {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores; season driven in {seasonTime.TotalSeconds:0} s");
    text.AppendLine(inv, $"- Season: all {municipalities.Count} municipalities publish a need, rate themselves and report statistics; one consortium with {members} members who all pool a need and give their mandate; {orgNumbers.Count} suppliers register for its conference; {Math.Min(questions, orgNumbers.Count)} questions asked and answered.");
    if (ended is not null) text.AppendLine(inv, $"- **The season ended early** at {ended}");
    text.AppendLine(inv, $"- Stored by the real silo (Orleans' Azure Table provider, `GrainStateSerializer`) on Azurite; {rows.Count} rows measured.");
    text.AppendLine(inv, $"- Limits: `GrainStateSerializer.MaxPayloadBytes` = {GrainStateSerializer.MaxPayloadBytes} bytes (752 KiB); Azure's entity limit 1 MiB.");
    text.AppendLine();
    text.AppendLine("| state | rows | largest (bytes) | share of 752 KiB | largest row |");
    text.AppendLine("|---|---:|---:|---:|---|");
    foreach (var group in rows.GroupBy(r => r.State).OrderByDescending(g => g.Max(r => r.Bytes)))
    {
        var largest = group.MaxBy(r => r.Bytes);
        text.AppendLine(inv, $"| {group.Key} | {group.Count()} | {largest.Bytes} | {100.0 * largest.Bytes / GrainStateSerializer.MaxPayloadBytes:0.0} % | `{largest.Key}` |");
    }
    var report = text.ToString();
    Console.WriteLine(report);
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    await File.WriteAllTextAsync(output, report);
    Console.WriteLine($"Written to {output}");

    async Task<string> TokenAsync(string role, string tenant)
    {
        using var response = await http.PostAsJsonAsync("/auth/dev-token", new { role, tenant, name = $"Bench {tenant}" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    async Task<JsonElement> GraphQLAsync(string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }
}
finally
{
    await azurite.DisposeAsync();
    Directory.Delete(location, recursive: true);
}

// Valid organisation numbers (modulus 11) in a fixed order.
static IEnumerable<string> OrganisationNumbers()
{
    int[] weights = [3, 2, 7, 6, 5, 4, 3, 2];
    for (var body = 91000000; ; body++)
    {
        var digits = body.ToString(CultureInfo.InvariantCulture);
        var sum = digits.Select((d, i) => (d - '0') * weights[i]).Sum();
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        if (check != 10) yield return digits + check;
    }
}

int ArgInt(string name, int fallback) => int.TryParse(ArgString(name, ""), out var value) && value > 0 ? value : fallback;

string ArgString(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
