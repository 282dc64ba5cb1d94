using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samspill.Grains.Common;

namespace Samspill.Grains.Notifications;

/// <summary>
/// A person: the profile from the token, the address, the choice per kind of notice, and the digest. Mutations check
/// that the caller is this person; the link steps check the token from the e-mail instead.
/// </summary>
public sealed class PersonGrain(
    [PersistentState("person", StorageNames.Default)] IPersistentState<PersonState> state,
    INoticeMailer mailer,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<PersonGrain> logger) : Grain, IPersonGrain, IPersonLinkGrain, IKnowsItExists
{
    // The e-mail links reach this grain without sign-in, by an id anyone can make up: such a lookup must not linger.
    bool IKnowsItExists.Exists => state.RecordExists;

    private const int DigestSeenKept = 500;

    private PersonState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private DateTimeOffset Now => clock.GetUtcNow();

    async Task<PersonView> IPersonGrain.SignIn()
    {
        var caller = RequireSelf();
        if (PersonRules.SignIn(S, caller, Now))
        {
            if (S.UnsubscribeToken.Length == 0) S.UnsubscribeToken = PersonIds.NewToken();
            await state.CommitAsync(this);
        }
        await ListAsync();
        return View();
    }

    async Task<PersonView> IPersonGrain.ChangeSettings(IReadOnlyList<NoticeSetting> settings)
    {
        await EnsureSignedInAsync();
        var changes = new Dictionary<NoticeKind, NoticeDelivery>();
        foreach (var s in settings) changes[s.Kind] = s.Delivery;
        PersonRules.ChangeSettings(S, changes, Now);
        await state.CommitAsync(this);
        return View();
    }

    async Task<PersonView> IPersonGrain.RequestEmail(string email)
    {
        await EnsureSignedInAsync();
        var token = PersonIds.NewToken();
        var address = PersonRules.RequestEmail(S, email, token, Now);
        await state.CommitAsync(this);
        // The link is all that ever goes to an unconfirmed address. A failed send is reported, not fatal: asking
        // again sends a fresh link.
        var outcome = await mailer.SendConfirmationAsync(Id, address, S.Name, token);
        if (!outcome.Sent) logger.LogWarning("Confirmation link to person {Person} not sent: {Error}", Id, outcome.Error);
        return View();
    }

    async Task<bool> IPersonLinkGrain.Confirm(string token)
    {
        if (!PersonRules.Confirm(S, token, Now)) return false;
        await state.CommitAsync(this);
        return true;
    }

    async Task<bool> IPersonLinkGrain.Unsubscribe(NoticeKind? kind, string token)
    {
        if (!PersonRules.Unsubscribe(S, kind, token, Now)) return false;
        // What waits in the digest of a kind now turned off is dropped as well: "stop" means stop.
        S.Digest.RemoveAll(n => PersonRules.DeliveryOf(S, n.Kind) == NoticeDelivery.Never);
        await state.CommitAsync(this);
        return true;
    }

    async Task<MailRecipient?> IPersonLinkGrain.Route(Notice notice, string tenant)
    {
        // A person who moved to another organisation is still in the old list until it is tidied: not any more theirs.
        if (!S.Created || S.Tenant is null || PersonIds.TenantKey(S.Role, S.Tenant) != tenant) return null;
        var address = PersonRules.DeliverableAddress(S);
        if (address is null) return null;
        switch (PersonRules.DeliveryOf(S, notice.Kind))
        {
            case NoticeDelivery.Immediately:
                return new MailRecipient(Id, address, S.Name, S.UnsubscribeToken, tenant);
            case NoticeDelivery.DailyDigest when !S.DigestSeen.Contains(notice.Id):
                S.DigestSeen.Add(notice.Id);
                if (S.DigestSeen.Count > DigestSeenKept) S.DigestSeen.RemoveRange(0, S.DigestSeen.Count - DigestSeenKept);
                S.Digest.Add(notice);
                await GrainFactory.GetGrain<INotificationRegistryGrain>(0).DigestPending(Id, DigestDue()!.Value);
                await state.CommitAsync(this);
                return null;
            default:
                return null;
        }
    }

    async Task IPersonLinkGrain.SendDigestIfDue(DateTimeOffset now)
    {
        if (DigestDue() is not { } due)
        {
            await GrainFactory.GetGrain<INotificationRegistryGrain>(0).DigestIdle(Id);
            return;
        }
        if (now < due) return;

        var tenant = S.Tenant is null ? null : PersonIds.TenantKey(S.Role, S.Tenant);
        var items = new List<Notice>();
        foreach (var notice in S.Digest.OrderBy(n => n.OccurredAt))
        {
            // Nothing goes out that the person may no longer see, nor a kind turned off since it was queued.
            if (tenant is null || PersonRules.DeliveryOf(S, notice.Kind) != NoticeDelivery.DailyDigest) continue;
            if (await NoticeAudience.EntitledAsync(GrainFactory, notice, S.Tenant!)) items.Add(notice);
        }
        var address = PersonRules.DeliverableAddress(S);
        if (items.Count > 0 && address is not null)
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, PersonRules.Oslo).DateTime);
            var outcome = await SafeSendDigestAsync(new MailRecipient(Id, address, S.Name, S.UnsubscribeToken, tenant!), items, day);
            if (!outcome.Sent)
            {
                S.DigestAttempts++;
                S.LastDigestError = outcome.Error;
                if (!MailRetryRules.GiveUp(S.DigestAttempts, outcome.Permanent, options.Value))
                {
                    await GrainFactory.GetGrain<INotificationRegistryGrain>(0).DigestPending(Id, MailRetryRules.NextAttempt(S.DigestAttempts, now, options.Value));
                    await state.CommitAsync(this);
                    return;
                }
                logger.LogWarning("Digest of person {Person} given up after {Attempts} attempts: {Error}", Id, S.DigestAttempts, outcome.Error);
            }
        }
        S.Digest.Clear();
        S.DigestAttempts = 0;
        await state.CommitAsync(this);
        await GrainFactory.GetGrain<INotificationRegistryGrain>(0).DigestIdle(Id);
    }

    private async Task<MailOutcome> SafeSendDigestAsync(MailRecipient recipient, IReadOnlyList<Notice> items, DateOnly day)
    {
        try { return await mailer.SendDigestAsync(recipient, items, day); }
        catch (Exception ex) { return new MailOutcome(Id, false, false, ex.Message); }
    }

    /// <summary>07:00 Oslo after the oldest waiting notice; null when the digest is empty.</summary>
    private DateTimeOffset? DigestDue() => S.Digest.Count == 0 ? null : PersonRules.DigestDueAfter(S.Digest.Min(n => n.OccurredAt));

    private Caller RequireSelf()
    {
        var caller = CallerContext.Current;
        if (PersonIds.Require(caller) != Id) throw DomainException.Forbidden("A person's profile is theirs alone.");
        return caller;
    }

    private async Task EnsureSignedInAsync()
    {
        var caller = RequireSelf();
        if (!PersonRules.SignIn(S, caller, Now) && S.UnsubscribeToken.Length > 0) return;
        if (S.UnsubscribeToken.Length == 0) S.UnsubscribeToken = PersonIds.NewToken();
        await state.CommitAsync(this);
        await ListAsync();
    }

    /// <summary>Keeps the person in the people list of its current tenant only.</summary>
    private async Task ListAsync()
    {
        var key = S.Tenant is null || S.Role is not (CallerRole.Municipality or CallerRole.Supplier) ? null : PersonIds.TenantKey(S.Role, S.Tenant);
        if (key == S.ListedIn) return;
        if (key is not null) await GrainFactory.GetGrain<ITenantPeopleGrain>(key).Add(Id);
        if (S.ListedIn is not null) await GrainFactory.GetGrain<ITenantPeopleGrain>(S.ListedIn).Remove(Id);
        S.ListedIn = key;
        await state.CommitAsync(this);
    }

    private PersonView View() => new()
    {
        Id = Id, Name = S.Name, Role = S.Role, Tenant = S.Tenant, Email = S.Email, EmailSource = S.EmailSource, PendingEmail = S.PendingEmail,
        Settings = NoticeRules.KindsFor(S.Role).Select(k => new NoticeSetting(k, PersonRules.DeliveryOf(S, k))).ToList(),
    };
}
