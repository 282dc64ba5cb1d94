using Samspill.Grains.Common;

namespace Samspill.Grains.Notifications;

/// <summary>Stored state of a person: profile from the token, address, choices per kind, and the digest waiting for 07:00.</summary>
[GenerateSerializer, Alias("Samspill.PersonState")]
public sealed class PersonState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public CallerRole Role { get; set; }
    [Id(2)] public string? Tenant { get; set; }
    [Id(3)] public string? Name { get; set; }
    [Id(4)] public string? Email { get; set; }
    [Id(5)] public EmailSource EmailSource { get; set; }
    /// <summary>An address typed in, waiting for its link to be followed; never mailed anything but the link.</summary>
    [Id(6)] public string? PendingEmail { get; set; }
    [Id(7)] public string? ConfirmationToken { get; set; }
    [Id(8)] public Dictionary<NoticeKind, NoticeDelivery> Settings { get; set; } = [];
    /// <summary>Random, per person: lets the one-click unsubscribe link work without sign-in and without a secret key.</summary>
    [Id(9)] public string UnsubscribeToken { get; set; } = "";
    [Id(10)] public List<Notice> Digest { get; set; } = [];
    /// <summary>Ids of notices taken into a digest lately, so a repeated offer is not queued twice.</summary>
    [Id(11)] public List<string> DigestSeen { get; set; } = [];
    [Id(12)] public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>The tenant whose people list this person is in (may lag a change of organisation until the next sign-in).</summary>
    [Id(13)] public string? ListedIn { get; set; }
    [Id(14)] public int DigestAttempts { get; set; }
    [Id(15)] public string? LastDigestError { get; set; }
}

/// <summary>A person as they see themselves on the settings page.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.PersonView")]
public sealed record PersonView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public string? Name { get; init; }
    [Id(2)] public CallerRole Role { get; init; }
    [Id(3)] public string? Tenant { get; init; }
    [Id(4)] public string? Email { get; init; }
    [Id(5)] public EmailSource EmailSource { get; init; }
    [Id(6)] public string? PendingEmail { get; init; }
    [Id(7)] public required IReadOnlyList<NoticeSetting> Settings { get; init; }

    public bool EmailConfirmed => EmailSource is EmailSource.Token or EmailSource.Confirmed;
}

/// <summary>How one kind of notice is delivered to a person.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.NoticeSetting")]
public sealed record NoticeSetting([property: Id(0)] NoticeKind Kind, [property: Id(1)] NoticeDelivery Delivery);

/// <summary>One person an e-mail goes to, with what its unsubscribe link needs.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.MailRecipient")]
public sealed record MailRecipient(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Address,
    [property: Id(2)] string? Name,
    [property: Id(3)] string UnsubscribeToken,
    [property: Id(4)] string Tenant);
