namespace Samspill.Grains.Notifications;

/// <summary>When a failed mail is tried again, and when it is given up: plain functions of the attempt count and the time.</summary>
public static class MailRetryRules
{
    /// <summary>The time of the next attempt after <paramref name="attempts"/> failed ones: doubling from the first delay, capped.</summary>
    public static DateTimeOffset NextAttempt(int attempts, DateTimeOffset now, NotificationOptions options)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.FirstBackoff.Ticks * factor, options.MaxBackoff.Ticks));
        return now + delay;
    }

    /// <summary>True when a mail with this many failed attempts is recorded as failed instead of retried.</summary>
    public static bool GiveUp(int attempts, bool permanent, NotificationOptions options) => permanent || attempts >= options.MaxAttempts;
}
