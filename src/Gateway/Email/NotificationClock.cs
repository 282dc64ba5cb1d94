using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samspill.Grains.Notifications;

namespace Samspill.Gateway.Email;

/// <summary>
/// Wakes, every Email:ClockInterval, the inboxes that have mail waiting (after a restart nothing else would) and the
/// people whose 07:00 digest is due. <see cref="TickAsync"/> takes the time, so tests pass their own.
/// </summary>
public sealed class NotificationClock(IGrainFactory grains, IOptions<EmailOptions> options, TimeProvider clock, ILogger<NotificationClock> logger)
    : BackgroundService
{
    public async Task TickAsync(DateTimeOffset now)
    {
        var due = await grains.GetGrain<INotificationRegistryGrain>(0).Due(now);
        foreach (var topic in due.Inboxes) await grains.GetGrain<INoticeInboxGrain>(topic).Work(now);
        foreach (var person in due.Digests) await grains.GetGrain<IPersonLinkGrain>(person).SendDigestIfDue(now);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ClockInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await TickAsync(clock.GetUtcNow()); }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Notification clock tick failed; the next tick tries again");
            }
        }
    }
}
