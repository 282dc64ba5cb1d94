using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Email;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Tests.Email;

/// <summary>The real silo with e-mail on, sending to a <see cref="TestSmtpServer"/> in the test process.</summary>
public sealed class MailApp : SiloApp
{
    public const string PublicBase = "https://samspill.test";

    public TestSmtpServer Smtp { get; } = new();

    public MailApp()
    {
        With("Email:Enabled", "true");
        With("Email:StartSmtp4dev", "false");
        With("Email:PublicBaseUrl", PublicBase);
        With("Email:Smtp:Host", "127.0.0.1");
        With("Email:Smtp:Port", Smtp.Port.ToString());
        With("Email:Smtp:Security", "None");
        With("Email:FirstBackoff", "00:00:01");
        With("Email:MaxBackoff", "00:00:02");
        With("Email:ClockInterval", "00:00:01");
    }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The clock that wakes outboxes and digests; tests call it with their own time.</summary>
    public NotificationClock Clock => Services.GetRequiredService<NotificationClock>();

    /// <summary>A token for one person (its own subject), with an e-mail claim when given.</summary>
    public async Task<string> PersonTokenAsync(string role, string tenant, string name, string subject, string? email)
    {
        var response = await Http.PostAsJsonAsync("/auth/dev-token", new { role, tenant, name, subject, email });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A person who has opened Samspill once (so has a profile); returns the token and the person's profile.</summary>
    public async Task<(string Token, JsonNode Person)> PersonAsync(string role, string tenant, string name, string? email, string? subject = null)
    {
        var token = await PersonTokenAsync(role, tenant, name, subject ?? $"{role}-{tenant}-{Guid.NewGuid():N}", email);
        var person = (await GraphQLAsync("{ viewer { person { id name email emailConfirmed pendingEmail notificationSettings { kind delivery } } } }", token: token)).Ok()["viewer"]!["person"]!;
        return (token, person);
    }

    /// <summary>Waits until every outbox has sent what it holds (nothing pending anywhere).</summary>
    public async Task QuietAsync()
    {
        await Wait.UntilAsync(async () => (await Grains.GetGrain<INotificationRegistryGrain>(0).Due(DateTimeOffset.MinValue)).Inboxes.Count == 0,
            "every notice inbox to be idle");
    }

}

/// <summary>The SMTP server and the silo that sends to it, started and stopped together.</summary>
public sealed class MailFixture : IAsyncLifetime
{
    public MailApp App { get; } = new();

    public Task InitializeAsync() => ((IAsyncLifetime)App).InitializeAsync();

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)App).DisposeAsync();
        await App.Smtp.DisposeAsync();
    }
}

/// <summary>Polling with a generous timeout: the machine is shared, so tests never depend on timing.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeout);
}
