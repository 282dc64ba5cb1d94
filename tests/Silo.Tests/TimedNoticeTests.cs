using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Samspill.Silo.Tests.Infrastructure;

namespace Samspill.Silo.Tests;

/// <summary>
/// A registration deadline that passes while the only silo is down is told once after the restart: the Orleans
/// reminder (on Azure Table, so it outlives the process) wakes the dialogue event, nothing else calls it.
/// </summary>
public sealed class TimedNoticeTests(AzuriteFixture storage) : IClassFixture<AzuriteFixture>
{
    private const string RemindersTable = "SamspillReminders";

    [Fact]
    public async Task A_deadline_passing_while_the_silo_is_down_is_told_once_after_the_restart()
    {
        var settings = SiloProcess.OnAzurite(storage.Azurite.ConnectionString, SiloProcess.NewServiceId("remind"));
        string consortiumId, eventId;
        DateTimeOffset deadline;

        await using (var first = await SiloProcess.StartAsync(settings))
        {
            var lead = await first.TokenAsync("municipality", "1804");
            var need = SiloProcess.Data(await first.GraphQLAsync("mutation { publishNeed(input: { title: \"Trygghet\", description: \"d\", cpv: [\"33196200-2\"], category: GOODS }) { id } }", null, lead))["publishNeed"]!["id"]!.GetValue<string>();
            consortiumId = SiloProcess.Data(await first.GraphQLAsync("mutation($n: ID) { createConsortium(input: { title: \"Trygghet i nord\", description: \"d\", needId: $n }) { id } }", new { n = need }, lead))["createConsortium"]!["id"]!.GetValue<string>();
            SiloProcess.Data(await first.GraphQLAsync("mutation($c: ID!) { advancePhase(consortiumId: $c, to: NEEDS_CLARIFICATION) { id } }", new { c = consortiumId }, lead));
            deadline = DateTimeOffset.UtcNow.AddSeconds(40);
            eventId = SiloProcess.Data(await first.GraphQLAsync(
                "mutation($c: ID!, $d: DateTime!, $s: DateTime!, $e: DateTime!) { announceDialogueEvent(input: { consortiumId: $c, title: \"Dialogkonferanse\", description: \"d\", kind: CONFERENCE, startsAt: $s, endsAt: $e, registrationDeadline: $d }) { id } }",
                new { c = consortiumId, d = deadline, s = deadline.AddHours(2), e = deadline.AddHours(5) }, lead))["announceDialogueEvent"]!["id"]!.GetValue<string>();
            Assert.True(await HasReminderAsync(eventId, "registration-closed"), "announcing keeps a durable reminder for the deadline");

            first.Kill();
        }

        // The deadline passes while no silo runs.
        while (DateTimeOffset.UtcNow < deadline.AddSeconds(2)) await Task.Delay(500);
        await using var second = await SiloProcess.StartAsync(settings);

        // Only the reminder can wake the event now; once it has told its topics it drops that reminder.
        await Wait.Until(async () => !await HasReminderAsync(eventId, "registration-closed"), TimeSpan.FromMinutes(5),
            () => $"the registration-closed reminder of {eventId} was still there; silo output:\n{second.Output}", TimeSpan.FromSeconds(1));
        Assert.True(await HasReminderAsync(eventId, "ended"), "the end is still to come");

        var token = await second.TokenAsync("municipality", "1804");
        foreach (var topic in new[] { $"dialogue/{eventId}", $"consortium/{consortiumId}" })
        {
            await using var follower = await LiveFollower.StartAsync(second, token, topic);
            var told = follower.Accepted.Where(e => e.GetProperty("type").GetString() == "DialogueEventRegistrationClosed").ToList();
            Assert.Single(told);
            Assert.Equal("REGISTRATION_CLOSED", System.Text.Json.JsonDocument.Parse(told[0].GetProperty("data").ToString()).RootElement.GetProperty("status").GetString());
        }
    }

    /// <summary>Whether the reminder table holds <paramref name="reminder"/> for the dialogue event's grain.</summary>
    private async Task<bool> HasReminderAsync(string eventId, string reminder)
    {
        var table = new TableClient(storage.Azurite.ConnectionString, RemindersTable);
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            var texts = ((IDictionary<string, object>)row).Values.OfType<string>().Append(row.RowKey).ToList();
            if (texts.Any(t => t.Contains(eventId)) && texts.Any(t => t == reminder)) return true;
        }
        return false;
    }
}
