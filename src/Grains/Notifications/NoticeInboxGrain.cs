using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Notifications;

/// <summary>
/// The outbox of one topic's notices. A notice is stored with the event that gave it; its recipients are resolved
/// once and stored before anything is sent; each recipient is marked "sending" before the SMTP session and done as
/// the server accepts its message, before the next is sent. So a crash or a retry sends each person a notice once,
/// but for one window SMTP cannot close: between the server's accept of a message and the write that records it.
/// A copy cut off there is sent again (at-least-once; see <see cref="SendDueAsync"/> for why) with the same
/// Message-Id, and at most one copy per interrupted session is in that doubt. A refused message is retried with
/// backoff on its own, holding up nothing else, and recorded when given up.
/// </summary>
public sealed class NoticeInboxGrain(
    [PersistentState("notice-inbox", StorageNames.Default)] IPersistentState<NoticeInboxState> state,
    INoticeMailer mailer,
    ReferenceCatalog catalog,
    IFaultInjector faults,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<NoticeInboxGrain> logger) : Grain, INoticeInboxGrain
{
    private const int SeenKept = 1000;
    private const int FailedKept = 200;
    private const int MaxResolveAttempts = 60;
    private static readonly TimeSpan ResolveRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan FirstWork = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan WorkInterval = TimeSpan.FromSeconds(1);

    private NoticeInboxState S => state.State;
    private string Topic => this.GetPrimaryKeyString();
    private NotificationOptions Options => options.Value;
    private IGrainTimer? _timer;
    // Offer interleaves with the work; writes of the one state object are taken one at a time.
    private readonly SemaphoreSlim _writing = new(1, 1);

    private async Task WriteAsync()
    {
        await _writing.WaitAsync();
        try { await state.CommitAsync(this); }
        finally { _writing.Release(); }
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Pending.Count > 0) EnsureTimer();
        return Task.CompletedTask;
    }

    async Task INoticeInboxGrain.Offer(IReadOnlyList<LiveEvent> events)
    {
        var fresh = new List<Notice>();
        foreach (var e in events)
        {
            if (S.Seen.Contains(e.EventId) || NoticeRules.Derive(e) is not { } notice) continue;
            S.Seen.Add(e.EventId);
            fresh.Add(notice);
        }
        if (fresh.Count == 0) return;
        if (S.Seen.Count > SeenKept) S.Seen.RemoveRange(0, S.Seen.Count - SeenKept);

        // Registered first: if the process dies after the write below, the clock still knows to wake this inbox.
        await GrainFactory.GetGrain<INotificationRegistryGrain>(0).InboxPending(Topic);
        var now = clock.GetUtcNow();
        S.Pending.AddRange(fresh.Select(n => new PendingNotice { Notice = n, NextAttemptAt = now }));
        await WriteAsync();
        faults.Hit(FaultPoints.NoticeStored);
        // The work runs on the timer, in a turn of its own: the publisher (a consortium, say) may still be inside the
        // call that led here, and resolving the audience reads from it.
        EnsureTimer();
    }

    Task INoticeInboxGrain.Work(DateTimeOffset now) => TryWorkAsync(now);

    Task<IReadOnlyList<FailedMail>> INoticeInboxGrain.Failures() => Task.FromResult<IReadOnlyList<FailedMail>>(S.Failed.ToList());

    private async Task TryWorkAsync(DateTimeOffset now)
    {
        try
        {
            await WorkAsync(now);
        }
        catch (Exception ex)
        {
            // What is stored stays pending; the timer (or the clock after a restart) tries again.
            logger.LogWarning(ex, "Notices of {Topic} could not be worked; retrying", Topic);
        }
        if (S.Pending.Count > 0) EnsureTimer();
        else
        {
            _timer?.Dispose();
            _timer = null;
            await GrainFactory.GetGrain<INotificationRegistryGrain>(0).InboxIdle(Topic);
        }
    }

    private async Task WorkAsync(DateTimeOffset now)
    {
        foreach (var pending in S.Pending.ToList())
        {
            if (pending.Recipients is null)
            {
                if (pending.NextAttemptAt > now) continue;
                if (!await ResolveAsync(pending, now)) continue;
            }
            await SendDueAsync(pending, now);
        }
        var finished = S.Pending.RemoveAll(p => p.Recipients is not null && p.Recipients.All(r => r.Done));
        if (finished > 0) await WriteAsync();
    }

    /// <summary>Finds the people the notice goes to now and stores them; false when that cannot be told yet.</summary>
    private async Task<bool> ResolveAsync(PendingNotice pending, DateTimeOffset now)
    {
        var tenants = await NoticeAudience.TenantsAsync(GrainFactory, pending.Notice);
        if (tenants is null)
        {
            pending.ResolveAttempts++;
            if (pending.ResolveAttempts >= MaxResolveAttempts)
            {
                logger.LogWarning("Audience of notice {Notice} on {Topic} never became known; dropped", pending.Notice.Id, Topic);
                pending.Recipients = [];
            }
            else pending.NextAttemptAt = now + ResolveRetry;
            await WriteAsync();
            return pending.Recipients is not null;
        }

        var notice = await NoticeAudience.EnrichAsync(GrainFactory, catalog, pending.Notice);
        var recipients = new List<RecipientSend>();
        foreach (var tenantKey in tenants)
        {
            var people = await GrainFactory.GetGrain<ITenantPeopleGrain>(tenantKey).People();
            foreach (var personId in people)
            {
                if (recipients.Any(r => r.Recipient.PersonId == personId)) continue;
                if (await GrainFactory.GetGrain<IPersonLinkGrain>(personId).Route(notice, tenantKey) is { } recipient)
                    recipients.Add(new RecipientSend { Recipient = recipient, NextAttemptAt = now });
            }
        }
        pending.Notice = notice;
        pending.Recipients = recipients;
        // Stored before the first send: after a crash exactly these people are sent what they have not yet got.
        await WriteAsync();
        faults.Hit(FaultPoints.NoticeResolved);
        return true;
    }

    private async Task SendDueAsync(PendingNotice pending, DateTimeOffset now)
    {
        var due = pending.Recipients!.Where(r => !r.Done && r.NextAttemptAt <= now).ToList();
        if (due.Count == 0) return;

        // Access is checked again right before sending: a municipality that left or a supplier that unfollowed since
        // gets nothing.
        var entitled = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var tenant in due.Select(r => r.Recipient.Tenant).Distinct())
            entitled[tenant] = await NoticeAudience.EntitledAsync(GrainFactory, pending.Notice, TenantValue(tenant));
        foreach (var lost in due.Where(r => !entitled[r.Recipient.Tenant]))
        {
            lost.Done = true;
            lost.LastError = "access lost";
        }
        var send = due.Where(r => entitled[r.Recipient.Tenant]).ToList();

        // SMTP has no idempotency key: the reply to DATA is the only acknowledgement, and the server's accept cannot
        // be written in the same step as this outbox. A copy still marked "sending" was cut off by a crash somewhere
        // in its session, far more likely before the accept (connecting, sending) than in the instant after it. It
        // is sent again (at-least-once): a notice nobody gets (an invitation, a deadline tomorrow) costs more than a
        // rare second copy, which carries the same Message-Id (SendKeys) so mail systems that compare ids fold it.
        foreach (var r in send.Where(r => r.SendingSince is not null))
        {
            r.InterruptedSends++;
            logger.LogWarning("Notice {Notice} to {Person}: a send begun at {Since} was cut off; sending again with the same Message-Id {MessageId}",
                pending.Notice.Id, r.Recipient.PersonId, r.SendingSince, SendKeys.MessageId(SendKeys.Notice(pending.Notice.Id, r.Recipient.PersonId)));
        }
        if (send.Count > 0)
        {
            foreach (var r in send) r.SendingSince = now;
            await WriteAsync();
            faults.Hit(FaultPoints.NoticeSending);
        }

        IReadOnlyList<MailOutcome> outcomes;
        if (send.Count == 0) outcomes = [];
        else
        {
            try
            {
                outcomes = await mailer.SendNoticeAsync(pending.Notice, send.Select(r => r.Recipient).ToList(), async accepted =>
                {
                    // Stored before the session sends the next message, so a crash leaves at most one copy in doubt.
                    if (send.FirstOrDefault(r => r.Recipient.PersonId == accepted.PersonId) is not { } r) return;
                    r.Done = true;
                    r.SendingSince = null;
                    r.LastError = null;
                    await WriteAsync();
                });
            }
            catch (Exception ex)
            {
                outcomes = send.Select(r => new MailOutcome(r.Recipient.PersonId, false, false, ex.Message)).ToList();
            }
        }
        foreach (var r in send)
        {
            r.SendingSince = null;
            if (r.Done) continue;
            var outcome = outcomes.FirstOrDefault(o => o.PersonId == r.Recipient.PersonId) ?? new MailOutcome(r.Recipient.PersonId, false, false, "no outcome");
            if (outcome.Sent)
            {
                r.Done = true;
                r.LastError = null;
                continue;
            }
            r.Attempts++;
            r.LastError = outcome.Error;
            if (MailRetryRules.GiveUp(r.Attempts, outcome.Permanent, Options))
            {
                r.Done = true;
                S.Failed.Add(new FailedMail(pending.Notice.Id, r.Recipient.PersonId, r.Attempts, outcome.Error, now));
                if (S.Failed.Count > FailedKept) S.Failed.RemoveRange(0, S.Failed.Count - FailedKept);
                logger.LogWarning("Notice {Notice} to {Person} given up after {Attempts} attempts: {Error}", pending.Notice.Id, r.Recipient.PersonId, r.Attempts, outcome.Error);
            }
            else r.NextAttemptAt = MailRetryRules.NextAttempt(r.Attempts, now, Options);
        }
        await WriteAsync();
    }

    private static string TenantValue(string tenantKey) => tenantKey[(tenantKey.IndexOf('/') + 1)..];

    private void EnsureTimer() =>
        // KeepAlive: the activation must stay while it owes someone mail; the clock wakes it after a restart.
        _timer ??= this.RegisterGrainTimer(_ => TryWorkAsync(clock.GetUtcNow()), new GrainTimerCreationOptions(FirstWork, WorkInterval) { KeepAlive = true });
}
