using Samspill.Grains.Common;

namespace Samspill.Grains.Notifications;

/// <summary>A person, keyed by <see cref="PersonIds"/>: profile and notification settings. The caller must be that person.</summary>
[RequiresCaller]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Creates or refreshes the profile from the caller's token; returns it.</summary>
    Task<PersonView> SignIn();

    Task<PersonView> ChangeSettings(IReadOnlyList<NoticeSetting> settings);

    /// <summary>Asks for an address (when the token has none); a link to confirm it is mailed to it.</summary>
    Task<PersonView> RequestEmail(string email);
}

/// <summary>The steps of a person that need no sign-in (a token from an e-mail proves enough) or are called by grains.</summary>
public interface IPersonLinkGrain : IGrainWithStringKey
{
    /// <summary>Confirms the pending address when the token matches; false otherwise (nothing changes).</summary>
    Task<bool> Confirm(string token);

    /// <summary>One-click unsubscribe from one kind (null: every kind in the digest); false when the token does not match.</summary>
    Task<bool> Unsubscribe(NoticeKind? kind, string token);

    /// <summary>
    /// Where this person takes a notice: returns the recipient for an immediate e-mail, or null when it goes to the
    /// digest (queued here, once) or nowhere (never, no confirmed address, not of the tenant any more).
    /// </summary>
    Task<MailRecipient?> Route(Notice notice, string tenant);

    /// <summary>Sends the digest when its 07:00 has come at <paramref name="now"/>.</summary>
    Task SendDigestIfDue(DateTimeOffset now);
}

/// <summary>The people of one tenant (key: municipality/{number} or supplier/{orgNumber}), kept by the person grains.</summary>
public interface ITenantPeopleGrain : IGrainWithStringKey
{
    Task Add(string personId);
    Task Remove(string personId);
    Task<IReadOnlyList<string>> People();
}

/// <summary>
/// The outbox of one live topic's notices: takes the topic's events, derives notices, resolves who receives them,
/// and sends each to each person once, with retries that never hold up other mail.
/// </summary>
public interface INoticeInboxGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes events (a repeat is ignored by event id) and stores the notices they give; sending happens later, in a
    /// turn of its own. Interleaves: the publisher may be waiting on this while the inbox's work waits on the
    /// publisher (reading who may receive), and storing never calls out but to the registry.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task Offer(IReadOnlyList<Live.LiveEvent> events);

    /// <summary>Sends what is due at <paramref name="now"/>.</summary>
    Task Work(DateTimeOffset now);

    /// <summary>Mail given up on after its retries, newest last, for operators.</summary>
    Task<IReadOnlyList<FailedMail>> Failures();
}

/// <summary>
/// Remembers which inboxes and people have mail waiting, so that after a restart (or at 07:00) the notification
/// clock finds and wakes them.
/// </summary>
public interface INotificationRegistryGrain : IGrainWithIntegerKey
{
    Task InboxPending(string topic);
    Task InboxIdle(string topic);
    Task DigestPending(string personId, DateTimeOffset dueAt);
    Task DigestIdle(string personId);

    /// <summary>Inboxes with pending mail and people whose digest is due at <paramref name="now"/>.</summary>
    Task<DueWork> Due(DateTimeOffset now);
}
