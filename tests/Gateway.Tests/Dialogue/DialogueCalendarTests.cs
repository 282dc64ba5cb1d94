using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>GET /dialogue-events/{id}.ics, checked by an independent parser (ical.js under Node.js).</summary>
public sealed class DialogueCalendarTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public async Task The_calendar_file_parses_independently_with_the_right_start_end_title_location_and_a_stable_uid()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("3301", "3303");
        var input = DialogueApi.Announcement(id, DateTimeOffset.UtcNow, title: "Dialogkonferanse: velferdsteknologi, trinn 2");
        input["location"] = "Drammen rådhus; sal 3, Engene 1";
        var announced = await app.AnnounceAsync(lead, input);
        var icsUrl = announced["icsUrl"]!.GetValue<string>();

        using var response = await app.Http.GetAsync(icsUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // RFC 5545: lines end in CRLF and are folded at 75 octets.
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        var parsed = Parse(text);
        Assert.Equal("2.0", parsed.GetProperty("version").GetString());
        var e = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        Assert.Equal("Dialogkonferanse: velferdsteknologi, trinn 2", e.GetProperty("summary").GetString());
        Assert.Equal("Drammen rådhus; sal 3, Engene 1", e.GetProperty("location").GetString());
        Assert.Equal("Vi vil høre fra markedet", e.GetProperty("description").GetString());
        Assert.Equal(Instant(input["startsAt"]), Instant(e.GetProperty("start").GetString()));
        Assert.Equal(Instant(input["endsAt"]), Instant(e.GetProperty("end").GetString()));
        Assert.True(e.GetProperty("startIsUtc").GetBoolean());
        Assert.Equal("CONFIRMED", e.GetProperty("status").GetString());
        Assert.Equal(icsUrl, e.GetProperty("url").GetString());

        // The same event always has the same UID, so calendars update rather than duplicate it; a cancellation shows.
        (await app.GraphQLAsync("mutation($e: ID!) { cancelDialogueEvent(id: $e, reason: \"Flyttet\") { id } }", new { e = announced["id"]!.GetValue<string>() }, lead)).Ok();
        var again = Single(Parse(await app.Http.GetStringAsync(icsUrl)));
        Assert.Equal(e.GetProperty("uid").GetString(), again.GetProperty("uid").GetString());
        Assert.Equal("CANCELLED", again.GetProperty("status").GetString());
        Assert.True(again.GetProperty("sequence").GetInt32() > (e.TryGetProperty("sequence", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : 0));
    }

    [Theory]
    [InlineData("/dialogue-events/does-not-exist.ics")]
    [InlineData("/dialogue-events/0123456789012345678901234567890123456789012345678901234567890123456789.ics")]
    public async Task An_unknown_event_has_no_calendar_file(string path)
    {
        using var response = await app.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static DateTimeOffset Instant(object? iso) => DateTimeOffset.Parse((string)iso!, System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement Single(JsonElement parsed) => Assert.Single(parsed.GetProperty("events").EnumerateArray());

    /// <summary>Runs tests/Gateway.Tests/ics/parse.mjs (ical.js) on the file; installed by `npm ci --prefix tests/Gateway.Tests/ics`.</summary>
    private static JsonElement Parse(string ics)
    {
        var folder = IcsFolder();
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "ical.js")),
            $"ical.js is not installed: run `npm ci --prefix {Path.GetRelativePath(Environment.CurrentDirectory, folder)}` (CI does this in .ci/run).");
        using var node = Process.Start(new ProcessStartInfo("node", "parse.mjs")
        {
            WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false), StandardOutputEncoding = System.Text.Encoding.UTF8,
        })!;
        node.StandardInput.Write(ics);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        Assert.True(node.WaitForExit(60_000), "node did not finish parsing within a minute");
        Assert.True(node.ExitCode == 0, $"ical.js refused the file: {error.Result}\n{ics}");
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }

    private static string IcsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Gateway.Tests", "ics");
            if (File.Exists(Path.Combine(candidate, "parse.mjs"))) return candidate;
        }
        throw new InvalidOperationException("tests/Gateway.Tests/ics not found above " + AppContext.BaseDirectory);
    }
}
