using System.Net.Mail;
using Samspill.Grains.Common;

namespace Samspill.Grains.Notifications;

/// <summary>A person's notification choices and address: plain functions, no grains, no clock (time is passed in).</summary>
public static class PersonRules
{
    /// <summary>Oslo time, where the daily digest goes out at 07:00.</summary>
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    public static readonly TimeSpan DigestTime = TimeSpan.FromHours(7);

    /// <summary>The delivery of one kind: the person's choice, else immediately for what the role receives, else never.</summary>
    public static NoticeDelivery DeliveryOf(PersonState person, NoticeKind kind) =>
        !NoticeRules.KindsFor(person.Role).Contains(kind) ? NoticeDelivery.Never
        : person.Settings.TryGetValue(kind, out var chosen) ? chosen : NoticeDelivery.Immediately;

    /// <summary>The address mail may go to now: from the token, or confirmed by its link; never an unconfirmed one.</summary>
    public static string? DeliverableAddress(PersonState person) =>
        person.EmailSource is EmailSource.Token or EmailSource.Confirmed ? person.Email : null;

    /// <summary>A trimmed address, or VALIDATION_FAILED (field "email").</summary>
    public static string ValidateEmail(string? email)
    {
        var value = email?.Trim() ?? "";
        if (value.Length is < 3 or > 254 || !MailAddress.TryCreate(value, out var parsed) || parsed.Address != value || !value.Contains('.', StringComparison.Ordinal))
            throw DomainException.Invalid("email", "email must be a valid e-mail address, e.g. kari@kommune.no.");
        return value;
    }

    /// <summary>
    /// Applies what the token says about the person. An e-mail claim wins over an address typed in: the identity
    /// provider vouches for it. A change of organisation clears nothing but moves the person to the new tenant.
    /// </summary>
    public static bool SignIn(PersonState person, Caller caller, DateTimeOffset now)
    {
        var changed = !person.Created || person.Role != caller.Role || person.Tenant != caller.Tenant || person.Name != caller.Name;
        person.Created = true;
        person.Role = caller.Role;
        person.Tenant = caller.Tenant;
        person.Name = caller.Name;
        if (caller.Email is { Length: > 0 } claimed && (person.EmailSource != EmailSource.Token || person.Email != claimed))
        {
            person.Email = claimed;
            person.EmailSource = EmailSource.Token;
            person.PendingEmail = null;
            person.ConfirmationToken = null;
            changed = true;
        }
        if (changed) person.UpdatedAt = now;
        return changed;
    }

    /// <summary>
    /// Records an address typed in by a person whose token has none; it is used only once confirmed by the link
    /// sent to it. Refused (VALIDATION_FAILED) when the token already provides one.
    /// </summary>
    public static string RequestEmail(PersonState person, string email, string token, DateTimeOffset now)
    {
        if (person.EmailSource == EmailSource.Token)
            throw DomainException.Invalid("email", "The e-mail address comes from the sign-in token and cannot be changed here.");
        var address = ValidateEmail(email);
        person.PendingEmail = address;
        person.ConfirmationToken = token;
        person.UpdatedAt = now;
        return address;
    }

    /// <summary>Confirms the pending address when the token matches; false (and no change) otherwise.</summary>
    public static bool Confirm(PersonState person, string? token, DateTimeOffset now)
    {
        if (person.PendingEmail is null || person.ConfirmationToken is null || !FixedTimeEquals(person.ConfirmationToken, token)) return false;
        person.Email = person.PendingEmail;
        person.EmailSource = EmailSource.Confirmed;
        person.PendingEmail = null;
        person.ConfirmationToken = null;
        person.UpdatedAt = now;
        return true;
    }

    /// <summary>Sets the delivery of the given kinds; VALIDATION_FAILED for a kind the person's role never receives.</summary>
    public static void ChangeSettings(PersonState person, IReadOnlyDictionary<NoticeKind, NoticeDelivery> changes, DateTimeOffset now)
    {
        var allowed = NoticeRules.KindsFor(person.Role);
        foreach (var kind in changes.Keys)
            if (!allowed.Contains(kind))
                throw DomainException.Invalid("kind", $"{Links.ContractName(kind)} is not a notice a {person.Role.ToString().ToLowerInvariant()} user receives.");
        foreach (var (kind, delivery) in changes) person.Settings[kind] = delivery;
        person.UpdatedAt = now;
    }

    /// <summary>
    /// One-click unsubscribe: the kind (or, from a digest, every kind delivered in the digest) becomes Never when the
    /// token matches; false (and no change) otherwise.
    /// </summary>
    public static bool Unsubscribe(PersonState person, NoticeKind? kind, string? token, DateTimeOffset now)
    {
        if (!person.Created || !FixedTimeEquals(person.UnsubscribeToken, token)) return false;
        var kinds = kind is { } one ? [one] : NoticeRules.KindsFor(person.Role).Where(k => DeliveryOf(person, k) == NoticeDelivery.DailyDigest).ToList();
        foreach (var k in kinds) person.Settings[k] = NoticeDelivery.Never;
        person.UpdatedAt = now;
        return true;
    }

    /// <summary>The first 07:00 in Oslo strictly after <paramref name="queuedAt"/>: when a digest item goes out.</summary>
    public static DateTimeOffset DigestDueAfter(DateTimeOffset queuedAt)
    {
        var local = TimeZoneInfo.ConvertTime(queuedAt, Oslo);
        var day = local.Date;
        var candidate = day + DigestTime;
        if (local.DateTime >= candidate) candidate = candidate.AddDays(1);
        return new DateTimeOffset(candidate, Oslo.GetUtcOffset(candidate));
    }

    private static bool FixedTimeEquals(string? expected, string? given) =>
        expected is not null && given is not null && expected.Length == given.Length
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));
}
