using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Samspill.Silo.Tests.Infrastructure;

namespace Samspill.Silo.Tests;

/// <summary>
/// Exactly once across a crash (issue 16): a notice that is in a person's outbox, its send attempted and not yet
/// done, when the silo process is killed with SIGKILL, is sent after the restart, and once. The one window SMTP cannot
/// close — the server has the message, the silo has not recorded it — is held open by the test server: that copy is
/// sent again after the restart (at-least-once, by choice; see NoticeInboxGrain) with the same Message-Id, and only it.
/// </summary>
public sealed class MailDurabilityTests(AzuriteFixture storage) : IClassFixture<AzuriteFixture>
{
    private const string Narvik = "nina@narvik.test";

    [Fact]
    public async Task A_notice_in_the_outbox_when_the_silo_is_killed_is_sent_once_after_the_restart()
    {
        await using var smtp = new TestSmtpServer { Refusing = true };
        var settings = SiloProcess.OnAzurite(storage.Azurite.ConnectionString, SiloProcess.NewServiceId("mail"));
        foreach (var (k, v) in MailSettings(smtp.Port)) settings[k] = v;
        string first;

        await using (var silo = await SiloProcess.StartAsync(settings))
        {
            // Nina in Narvik has a profile with an address from her token; Bodø invites Narvik.
            var nina = await PersonTokenAsync(silo, "municipality", "1806", "Nina i Narvik", "nina-narvik", Narvik);
            SiloProcess.Data(await silo.GraphQLAsync("{ viewer { person { id } } }", null, nina));
            var bodo = await silo.TokenAsync("municipality", "1804");
            first = await InviteNarvikAsync(silo, bodo, "Felles brøyting");

            // The server refuses, so the notice is in the outbox with its send attempted (and retried) when the silo dies.
            await Wait.Until(() => smtp.Refused >= 2, TimeSpan.FromMinutes(2), () => $"Waited for the invitation to be tried (and refused) twice. Silo output:\n{silo.Output}");
            silo.Kill();
            Assert.True(silo.HasExited);
        }
        Assert.Empty(smtp.Received);
        smtp.Refusing = false;

        await using var restarted = await SiloProcess.StartAsync(settings);
        await Wait.Until(() => smtp.To(Narvik).Any(m => (m.Subject ?? "").Contains(first, StringComparison.Ordinal)),
            TimeSpan.FromMinutes(3), () => $"Waited for the invitation after the restart. Silo output:\n{restarted.Output}");

        // A second invitation through the same outbox arrives after it: whatever the first left behind has gone out by then.
        var bodoAgain = await restarted.TokenAsync("municipality", "1804");
        var second = await InviteNarvikAsync(restarted, bodoAgain, "Felles renovasjon");
        await Wait.Until(() => smtp.To(Narvik).Any(m => (m.Subject ?? "").Contains(second, StringComparison.Ordinal)),
            TimeSpan.FromMinutes(3), () => $"Waited for the second invitation. Silo output:\n{restarted.Output}");

        var mails = smtp.To(Narvik);
        Assert.Single(mails, m => (m.Subject ?? "").Contains(first, StringComparison.Ordinal));
        Assert.Single(mails, m => (m.Subject ?? "").Contains(second, StringComparison.Ordinal));
        Assert.Equal("Invitasjon til innkjøpssamarbeidet «Felles brøyting»", mails.Single(m => (m.Subject ?? "").Contains(first, StringComparison.Ordinal)).Subject);
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_notice_the_server_had_taken_when_the_silo_was_killed_is_sent_again_once_with_the_same_Message_Id()
    {
        await using var smtp = new TestSmtpServer { Holding = true };
        var settings = SiloProcess.OnAzurite(storage.Azurite.ConnectionString, SiloProcess.NewServiceId("mail"));
        foreach (var (k, v) in MailSettings(smtp.Port)) settings[k] = v;
        string first;

        await using (var silo = await SiloProcess.StartAsync(settings))
        {
            var nina = await PersonTokenAsync(silo, "municipality", "1806", "Nina i Narvik", "nina-narvik-held", Narvik);
            SiloProcess.Data(await silo.GraphQLAsync("{ viewer { person { id } } }", null, nina));
            var bodo = await silo.TokenAsync("municipality", "1804");
            first = await InviteNarvikAsync(silo, bodo, "Felles vintervedlikehold");

            // The server has the invitation and has not answered: the silo dies not knowing it was accepted.
            await Wait.Until(() => Copies(smtp, first).Count == 1, TimeSpan.FromMinutes(2), () => $"Waited for the invitation to reach the server. Silo output:\n{silo.Output}");
            silo.Kill();
            Assert.True(silo.HasExited);
        }
        smtp.Holding = false;
        smtp.Release();

        await using var restarted = await SiloProcess.StartAsync(settings);
        await Wait.Until(() => Copies(smtp, first).Count >= 2, TimeSpan.FromMinutes(3), () => $"Waited for the invitation sent again after the restart. Silo output:\n{restarted.Output}");

        // A second invitation through the same outbox: by the time it arrives, the first has nothing more to send.
        var second = await InviteNarvikAsync(restarted, await restarted.TokenAsync("municipality", "1804"), "Felles gatelys");
        await Wait.Until(() => Copies(smtp, second).Count >= 1, TimeSpan.FromMinutes(3), () => $"Waited for the second invitation. Silo output:\n{restarted.Output}");

        var copies = Copies(smtp, first);
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0].MessageId, copies[1].MessageId);
        Assert.False(string.IsNullOrEmpty(copies[0].MessageId));
        Assert.Single(Copies(smtp, second));
        Assert.NotEqual(copies[0].MessageId, Copies(smtp, second)[0].MessageId);
    }

    private static List<ReceivedMail> Copies(TestSmtpServer smtp, string title) =>
        smtp.To(Narvik).Where(m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal)).ToList();

    private static Dictionary<string, string> MailSettings(int port) => new()
    {
        ["Email:Enabled"] = "true",
        ["Email:StartSmtp4dev"] = "false",
        ["Email:PublicBaseUrl"] = "https://samspill.test",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = port.ToString(),
        ["Email:Smtp:Security"] = "None",
        ["Email:FirstBackoff"] = "00:00:01",
        ["Email:MaxBackoff"] = "00:00:02",
        ["Email:ClockInterval"] = "00:00:01",
        // Refusals while the test holds the server closed must not use up the attempts.
        ["Email:MaxAttempts"] = "1000",
    };

    /// <summary>Bodø publishes a need, starts a consortium with it and invites Narvik; returns the consortium's title.</summary>
    private static async Task<string> InviteNarvikAsync(SiloProcess silo, string bodo, string title)
    {
        var need = SiloProcess.Data(await silo.GraphQLAsync(
            "mutation($t: String!) { publishNeed(input: { title: $t, description: \"d\", cpv: [\"90620000-9\"], category: SERVICES, estimatedValueNok: 500000 }) { id } }",
            new { t = $"Behov: {title}" }, bodo))["publishNeed"]!["id"]!.GetValue<string>();
        var consortium = SiloProcess.Data(await silo.GraphQLAsync(
            "mutation($t: String!, $n: ID) { createConsortium(input: { title: $t, description: \"d\", needId: $n }) { id } }",
            new { t = title, n = need }, bodo))["createConsortium"]!["id"]!.GetValue<string>();
        SiloProcess.Data(await silo.GraphQLAsync("mutation($c: ID!) { inviteToConsortium(consortiumId: $c, municipalityNumber: \"1806\") { id } }", new { c = consortium }, bodo));
        return title;
    }

    private static async Task<string> PersonTokenAsync(SiloProcess silo, string role, string tenant, string name, string subject, string email)
    {
        using var response = await silo.Http.PostAsJsonAsync("/auth/dev-token", new { role, tenant, name, subject, email });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
