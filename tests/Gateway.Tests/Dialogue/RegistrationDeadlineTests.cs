using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Dialogue;

/// <summary>
/// REGISTRATION_WINDOW by the clock. In its own silo because it moves the silo's clock forward, and tokens issued
/// after that would not yet be valid for the token validator, which reads real time.
/// </summary>
public sealed class RegistrationDeadlineTests(ClockedSiloApp app) : IClassFixture<ClockedSiloApp>
{
    [Fact]
    public async Task Registration_after_the_deadline_is_refused_and_the_status_says_why()
    {
        var (id, lead, _) = await app.ConsortiumInDialogueAsync("1826", "1827");
        var eventId = (await app.AnnounceAsync(lead, DialogueApi.Announcement(id, app.Clock.GetUtcNow(), deadlineIn: TimeSpan.FromMinutes(30))))["id"]!.GetValue<string>();
        var token = await app.SupplierAsync(OrgNumbers.Next());

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var refused = await app.RegisterAsync(token, eventId);

        Assert.Equal(("RULE_VIOLATION", "REGISTRATION_WINDOW"), (refused.ErrorCode, refused.ErrorRule));
        var status = (await app.GraphQLAsync("query($e: ID!) { dialogueEvent(id: $e) { status registrationCount } }", new { e = eventId })).Ok()["dialogueEvent"]!;
        Assert.Equal("REGISTRATION_CLOSED", status["status"]!.GetValue<string>());
        Assert.Equal(0, status["registrationCount"]!.GetValue<int>());
    }
}
