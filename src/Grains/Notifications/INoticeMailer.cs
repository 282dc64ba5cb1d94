namespace Samspill.Grains.Notifications;

/// <summary>
/// The edge's mail channel (templates and SMTP in the gateway); grains reach e-mail only through it. Every method
/// sends in one SMTP session, so all recipients of a notice get the same text in the same send.
/// </summary>
public interface INoticeMailer
{
    /// <summary>
    /// Sends one message per recipient; the outcome of each, never an exception for one refused address.
    /// <paramref name="accepted"/> is awaited as soon as the server has accepted a message, before the next is sent,
    /// so the caller can record it while the session goes on. Each message's Message-Id is a function of the notice's
    /// id and the person's id alone, so a copy sent again after a crash carries the same one.
    /// </summary>
    Task<IReadOnlyList<MailOutcome>> SendNoticeAsync(Notice notice, IReadOnlyList<MailRecipient> recipients, Func<MailOutcome, Task>? accepted = null, CancellationToken cancellationToken = default);

    /// <summary>One message holding every notice of the day.</summary>
    Task<MailOutcome> SendDigestAsync(MailRecipient recipient, IReadOnlyList<Notice> notices, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>The link that confirms a typed-in address.</summary>
    Task<MailOutcome> SendConfirmationAsync(string personId, string address, string? name, string token, CancellationToken cancellationToken = default);
}

/// <summary>What happened to one message: sent, or failed (permanently when the server refused the address for good).</summary>
[GenerateSerializer, Immutable, Alias("Samspill.MailOutcome")]
public sealed record MailOutcome(
    [property: Id(0)] string PersonId,
    [property: Id(1)] bool Sent,
    [property: Id(2)] bool Permanent = false,
    [property: Id(3)] string? Error = null);

/// <summary>A mailer for hosts with e-mail turned off (Email:Enabled=false, grain tests): sends nothing.</summary>
public sealed class NoMailer : INoticeMailer
{
    public Task<IReadOnlyList<MailOutcome>> SendNoticeAsync(Notice notice, IReadOnlyList<MailRecipient> recipients, Func<MailOutcome, Task>? accepted = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MailOutcome>>(recipients.Select(r => new MailOutcome(r.PersonId, true)).ToList());
    public Task<MailOutcome> SendDigestAsync(MailRecipient recipient, IReadOnlyList<Notice> notices, DateOnly day, CancellationToken cancellationToken = default) =>
        Task.FromResult(new MailOutcome(recipient.PersonId, true));
    public Task<MailOutcome> SendConfirmationAsync(string personId, string address, string? name, string token, CancellationToken cancellationToken = default) =>
        Task.FromResult(new MailOutcome(personId, true));
}

/// <summary>Whether notices are derived at all; off when e-mail is turned off, so no outbox grows unsent.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Email";

    public bool Enabled { get; set; }
    /// <summary>How many attempts a message gets before it is recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>The first retry delay; each further one doubles, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);
}
