namespace Samspill.Grains.Notifications;

/// <summary>Stored state of a topic's notice outbox.</summary>
[GenerateSerializer, Alias("Samspill.NoticeInboxState")]
public sealed class NoticeInboxState
{
    /// <summary>Event ids taken lately (bounded), so a topic re-offering after a crash adds nothing twice.</summary>
    [Id(0)] public List<string> Seen { get; set; } = [];
    [Id(1)] public List<PendingNotice> Pending { get; set; } = [];
    /// <summary>Mail given up on, kept (bounded) for the record.</summary>
    [Id(2)] public List<FailedMail> Failed { get; set; } = [];
}

/// <summary>A notice on its way: its recipients once resolved, each with its own send state.</summary>
[GenerateSerializer, Alias("Samspill.PendingNotice")]
public sealed class PendingNotice
{
    [Id(0)] public required Notice Notice { get; set; }
    /// <summary>Null until the audience has been resolved; resolved once, so a retry never adds people.</summary>
    [Id(1)] public List<RecipientSend>? Recipients { get; set; }
    [Id(2)] public DateTimeOffset NextAttemptAt { get; set; }
    [Id(3)] public int ResolveAttempts { get; set; }
}

/// <summary>One person's copy of a notice.</summary>
[GenerateSerializer, Alias("Samspill.RecipientSend")]
public sealed class RecipientSend
{
    [Id(0)] public required MailRecipient Recipient { get; set; }
    [Id(1)] public int Attempts { get; set; }
    [Id(2)] public DateTimeOffset NextAttemptAt { get; set; }
    [Id(3)] public bool Done { get; set; }
    [Id(4)] public string? LastError { get; set; }
    /// <summary>
    /// Set (and stored) before the SMTP session that sends this copy, cleared with its outcome: still set when the
    /// outbox starts sending, it means a session was cut off with this copy perhaps accepted by the server.
    /// </summary>
    [Id(5)] public DateTimeOffset? SendingSince { get; set; }
    /// <summary>How many times this copy was sent again after an interrupted session (each perhaps a second copy).</summary>
    [Id(6)] public int InterruptedSends { get; set; }
}

/// <summary>A mail that could not be sent after its retries.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.FailedMail")]
public sealed record FailedMail(
    [property: Id(0)] string NoticeId,
    [property: Id(1)] string PersonId,
    [property: Id(2)] int Attempts,
    [property: Id(3)] string? Error,
    [property: Id(4)] DateTimeOffset At);
