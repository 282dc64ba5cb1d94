namespace Samspill.Grains.Idempotency;

/// <summary>How a new attempt with a key relates to what the key already holds. Plain function, no I/O.</summary>
public static class IdempotencyRules
{
    /// <summary>How long an answer is replayed; after that the key is free again (clients retry within minutes).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>
    /// How long an attempt in progress holds the key before another may take over: longer than a mutation takes,
    /// short enough that a retry after a lost silo (whose attempt will never answer) is not kept waiting long.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);

    public static IdempotencyOutcome Decide(IdempotencyState stored, (string Caller, string Fingerprint, DateTimeOffset Since)? running,
        string caller, string fingerprint, DateTimeOffset now)
    {
        if (stored.Response is not null && now - stored.AnsweredAt < Retention)
            return stored.Caller == caller && stored.Fingerprint == fingerprint ? IdempotencyOutcome.Replay : IdempotencyOutcome.Conflict;
        if (running is { } r && now - r.Since < Lease)
            return r.Caller == caller && r.Fingerprint == fingerprint ? IdempotencyOutcome.InProgress : IdempotencyOutcome.Conflict;
        return IdempotencyOutcome.Run;
    }
}
