using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>Links the platform hands out come from PublicSite:BaseUrl, never from the Host header a caller chooses.</summary>
public sealed class HostHeaderTests(SiloApp app) : IClassFixture<SiloApp>
{
    private const string Forged = "evil.example";

    [Fact]
    public async Task The_calendar_file_and_the_ics_url_ignore_a_forged_host_header()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("3301", "3303");
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, DateTimeOffset.UtcNow)))["id"]!.GetValue<string>();
        var expected = $"{app.BaseUrl.ToString().TrimEnd('/')}/dialogue-events/{eventId}.ics";

        using var ics = new HttpRequestMessage(HttpMethod.Get, $"/dialogue-events/{eventId}.ics");
        ics.Headers.Host = Forged;
        using var icsResponse = await app.Http.SendAsync(ics);
        var text = (await icsResponse.Content.ReadAsStringAsync()).Replace("\r\n ", "");
        Assert.Contains($"URL:{expected}", text);
        Assert.DoesNotContain(Forged, text);

        using var graphql = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = $"{{ dialogueEvent(id: \"{eventId}\") {{ icsUrl }} }}" }),
        };
        graphql.Headers.Host = Forged;
        using var graphqlResponse = await app.Http.SendAsync(graphql);
        var body = await graphqlResponse.Content.ReadAsStringAsync();
        Assert.Contains(expected, body);
        Assert.DoesNotContain(Forged, body);
    }
}
