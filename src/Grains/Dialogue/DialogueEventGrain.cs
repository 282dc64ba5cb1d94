using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Live;
using Samspill.Grains.Programme;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Suppliers;

namespace Samspill.Grains.Dialogue;

/// <summary>
/// A dialogue event: its registrations, its status (from the clock, so no timer has to fire for it) and the notices
/// to the suppliers that follow it. Every change is stored before anything is published; notices to followers are
/// stored as pending, sent with ids derived from the event, and resumed on activation, so a repeat never doubles.
/// When registration closes and when the event has ended, an Orleans reminder (durable, so it outlives the silo)
/// wakes the grain to tell its topics once.
/// </summary>
public sealed class DialogueEventGrain(
    [PersistentState("dialogue-event", StorageNames.Default)] IPersistentState<DialogueEventState> state,
    IFaultInjector faults,
    TimeProvider clock,
    ReferenceCatalog catalog,
    ILogger<DialogueEventGrain> logger) : Grain, IDialogueEventGrain, IDialogueEventLedgerGrain, IRemindable, IKnowsItExists
{
    /// <summary>Reminders tick at least a minute apart (Orleans' minimum); a notice that failed is retried on the next tick.</summary>
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    /// <summary>A notice further away is reminded in steps: some reminder services refuse a due time over ~49 days.</summary>
    private static readonly TimeSpan LongestReminderWait = TimeSpan.FromDays(40);

    bool IKnowsItExists.Exists => state.RecordExists;

    public const string Announced = "announced";
    public const string Cancelled = "cancelled";

    private string Id => this.GetPrimaryKeyString();
    private DialogueEventState S => state.State;
    private DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The version the programme figures last showed; in memory, so a new activation reports again (harmless).</summary>
    private long _reportedVersion = -1;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!S.Created) return;
        await Commits.CatchUpAsync();
        await TellTimedNoticesAsync(refreshReminders: false);
    }

    Task IRemindable.ReceiveReminder(string reminderName, TickStatus status) => TellTimedNoticesAsync(refreshReminders: true);

    /// <summary>Tells the topics what has fallen due (stored first, then delivered), then keeps one reminder per notice still to come.</summary>
    private async Task TellTimedNoticesAsync(bool refreshReminders)
    {
        var due = TimedNoticeRules.TakeDue(S, Now);
        if (due.Count > 0)
        {
            foreach (var notice in due)
            {
                // The reminder goes to each supplier's own topic, through the same stored fan-out as the announcement.
                if (TimedNoticeRules.ToSuppliers(notice)) S.PendingFanOut.Add(notice);
                else S.Outbox.AddRange(TimedNoticeEvents(notice));
            }
            await CommitAsync();
        }

        var untold = TimedNoticeRules.Untold(S).ToDictionary(n => n.Notice, n => n.DueAt);
        foreach (var (notice, _) in TimedNoticeRules.All(S))
        {
            var reminder = await this.GetReminder(notice);
            if (untold.TryGetValue(notice, out var dueAt))
            {
                if (reminder is not null && !refreshReminders) continue;
                var wait = dueAt - Now;
                await this.RegisterOrUpdateReminder(notice, wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestReminderWait ? LongestReminderWait : wait, ReminderPeriod);
            }
            else if (reminder is not null)
            {
                await this.UnregisterReminder(reminder);
            }
        }
    }

    /// <summary>The event on its own topic and its consortium's; ids derived from the notice, so a re-delivery is dropped.</summary>
    private IEnumerable<LiveEventDraft> TimedNoticeEvents(string notice)
    {
        var e = S.Event!;
        var type = TimedNoticeRules.EventType(notice);
        var at = notice == TimedNoticeRules.RegistrationClosed ? e.RegistrationDeadline : e.EndsAt;
        var data = new
        {
            eventId = Id, consortiumId = e.ConsortiumId, title = e.Title, status = ContractNames.Of(DialogueRules.Status(S, Now)),
            registrationCount = RegistrationRules.ActiveCount(S), attendeeCount = RegistrationRules.AttendeeCount(S),
        };
        var draft = LiveEventDraft.Create(LiveTopics.Dialogue(Id), type, data, at) with { EventId = $"{Id}:{notice}" };
        return [draft.On(LiveTopics.Dialogue(Id)), draft.On(LiveTopics.Consortium(e.ConsortiumId))];
    }

    private WriteThenDeliver? commits;
    private WriteThenDeliver Commits => commits ??= new(this, logger, DeliverAsync);

    async Task IDialogueEventLedgerGrain.Create(DialogueEventDraft draft)
    {
        if (S.Created)
        {
            // A retry by the consortium: finish what the first call may have left.
            await DeliverAsync();
            return;
        }
        S.Event = draft;
        S.PendingFanOut.Add(Announced);
        S.Outbox.Add(LiveEventDraft.Create(LiveTopics.Dialogue(Id), "DialogueEventAnnounced", AnnouncedData(), Now));
        await CommitAsync();
        await TellTimedNoticesAsync(refreshReminders: true);
        await RequireFiguresAsync();
    }

    async Task IDialogueEventLedgerGrain.Cancel(string reason)
    {
        if (!S.Created) throw DomainException.NotFound("The dialogue event");
        if (!DialogueRules.Cancel(S, reason, Now))
        {
            await DeliverAsync();
            return;
        }
        S.PendingFanOut.Add(Cancelled);
        S.Outbox.Add(LiveEventDraft.Create(LiveTopics.Dialogue(Id), "DialogueEventCancelled", CancelledData(), Now));
        await CommitAsync();
        // Its reminders go: a cancelled event tells nothing more.
        await TellTimedNoticesAsync(refreshReminders: true);
        await RequireFiguresAsync();
    }

    /// <summary>
    /// The consortium puts its DialogueEventAnnounced or DialogueEventCancelled on the programme topic once Create or
    /// Cancel returns, so the figures must show the change by then. The commit's delivery has reported it unless that
    /// failed (and is retried on a timer); then this reports again and lets a failure reach the consortium, which keeps
    /// the step pending and tells the programme topic only when a later try succeeds.
    /// </summary>
    private async Task RequireFiguresAsync()
    {
        if (_reportedVersion < S.Version) await ReportFiguresAsync();
    }

    Task<IReadOnlyList<string>> IDialogueEventLedgerGrain.ActiveRegistrants() =>
        Task.FromResult<IReadOnlyList<string>>(S.Registrations.Values.Where(r => !r.Cancelled).Select(r => r.Supplier).ToList());

    Task<DialogueEventView?> IDialogueEventGrain.GetView() => Task.FromResult(S.Created ? View() : null);

    async Task<RegistrationRecord> IDialogueEventGrain.Register(int attendees)
    {
        var org = Guard.RequireSupplier(CallerContext.Current);
        RequireCreated();
        SupplierRules.RequireRegistered(await GrainFactory.GetGrain<ISupplierLedgerGrain>(org).IsRegistered());
        var record = RegistrationRules.Register(S, org, attendees, Now);
        if (record is null) return S.Registrations[org];
        EmitRegistration(record, "SupplierRegistered");
        await CommitAsync();
        return record;
    }

    async Task<RegistrationRecord> IDialogueEventGrain.CancelRegistration()
    {
        var org = Guard.RequireSupplier(CallerContext.Current);
        RequireCreated();
        var record = RegistrationRules.Cancel(S, org, Now);
        EmitRegistration(record, "RegistrationCancelled");
        await CommitAsync();
        return record;
    }

    async Task<IReadOnlyList<RegistrationRecord>> IDialogueEventGrain.GetRegistrations()
    {
        var caller = CallerContext.Current;
        if (!S.Created) return [];
        var all = S.Registrations.Values.OrderBy(r => r.RegisteredAt).ToList();
        if (caller.IsProgramme) return all;
        if (caller.Role == CallerRole.Supplier) return all.Where(r => caller.IsSupplier(r.Supplier)).ToList();
        if (caller.Role != CallerRole.Municipality) return [];
        // Members of the consortium see who registered; the consortium decides who its members are.
        return await GrainFactory.GetGrain<IConsortiumDialogueGrain>(S.Event!.ConsortiumId).SeesAll() ? all : [];
    }

    private void RequireCreated()
    {
        if (!S.Created) throw DomainException.NotFound("The dialogue event");
    }

    private void EmitRegistration(RegistrationRecord record, string type)
    {
        var count = RegistrationRules.ActiveCount(S);
        var at = record.UpdatedAt;
        // The public event topic gets the count only; the members' consortium topic and the supplier itself get who.
        S.Outbox.Add(LiveEventDraft.Create(LiveTopics.Dialogue(Id), type, new { eventId = Id, registrationCount = count }, at));
        S.Outbox.Add(LiveEventDraft.Create(LiveTopics.Consortium(S.Event!.ConsortiumId), type,
            new { eventId = Id, consortiumId = S.Event.ConsortiumId, registrationCount = count, supplier = record.Supplier, attendees = record.Attendees, cancelled = record.Cancelled }, at));
        S.Outbox.Add(LiveEventDraft.Create(LiveTopics.Supplier(record.Supplier), type,
            new { eventId = Id, consortiumId = S.Event.ConsortiumId, attendees = record.Attendees, cancelled = record.Cancelled }, at));
        S.UnsyncedSuppliers.Add(record.Supplier);
    }

    private object AnnouncedData()
    {
        var e = S.Event!;
        return new { eventId = Id, consortiumId = e.ConsortiumId, title = e.Title, startsAt = e.StartsAt, endsAt = e.EndsAt, kind = DialogueRules.KindName(e.Kind), cpv = e.Audience.Cpv };
    }

    private object DeadlineReminderData()
    {
        var e = S.Event!;
        return new { eventId = Id, consortiumId = e.ConsortiumId, title = e.Title, startsAt = e.StartsAt, registrationDeadline = e.RegistrationDeadline, kind = DialogueRules.KindName(e.Kind), cpv = e.Audience.Cpv };
    }

    private object CancelledData() => new { eventId = Id, consortiumId = S.Event!.ConsortiumId, reason = S.CancelReason };

    private DialogueEventView View()
    {
        var e = S.Event!;
        return new DialogueEventView
        {
            Id = Id, ConsortiumId = e.ConsortiumId, Title = e.Title, Description = e.Description, Kind = e.Kind,
            StartsAt = e.StartsAt, EndsAt = e.EndsAt, Location = e.Location, RegistrationDeadline = e.RegistrationDeadline,
            Capacity = e.Capacity, Status = DialogueRules.Status(S, Now), RegistrationCount = RegistrationRules.ActiveCount(S),
            AttendeeCount = RegistrationRules.AttendeeCount(S), AnnouncedAt = e.AnnouncedAt, CancelReason = S.CancelReason,
            CancelledAt = S.CancelledAt, Cpv = e.Audience.Cpv,
        };
    }

    private Task CommitAsync()
    {
        S.Version++;
        return Commits.CommitAsync(() => state.WriteStateAsync());
    }

    /// <summary>Events, the directory's copy and the programme figures, the suppliers' copies; then the notices to followers.</summary>
    private async Task DeliverAsync()
    {
        var outbox = S.Outbox.ToList();
        var changed = outbox.Count > 0 || S.UnsyncedSuppliers.Count > 0 || S.PendingFanOut.Count > 0;
        // Anything for the programme topic waits until the figures it changes are readable, as municipalities' and
        // consortia's events do.
        await LiveOutbox.DeliverAfterFiguresAsync(GrainFactory, outbox, ReportFiguresAsync);
        S.Outbox.RemoveAll(outbox.Contains);

        foreach (var org in S.UnsyncedSuppliers.ToList())
        {
            if (S.Registrations.TryGetValue(org, out var record))
                await GrainFactory.GetGrain<ISupplierLedgerGrain>(org).SyncRegistration(record);
            S.UnsyncedSuppliers.Remove(org);
        }

        foreach (var notice in S.PendingFanOut.ToList())
        {
            faults.Hit(FaultPoints.FanOutPending);
            var reached = await FanOutAsync(notice);
            S.PendingFanOut.Remove(notice);
            S.FannedOut[notice] = reached;
        }
        // What was delivered leaves the stored outbox; a crash before this write only means a harmless re-delivery.
        if (changed) await state.CommitAsync(this);
    }

    /// <summary>
    /// The directory's copy and the programme figures. The figures go to the county grain of the consortium's lead,
    /// not to one grain for the country, so events of consortia in different counties never wait for each other.
    /// </summary>
    private async Task ReportFiguresAsync()
    {
        faults.Hit(FaultPoints.DialogueEventWritten);
        var e = S.Event!;
        var version = S.Version;
        var county = await CountyAsync();
        await Task.WhenAll(
            DialogueEventDirectory.Of(GrainFactory, county).Upsert(new DialogueEventSummary(Id, e.ConsortiumId, e.StartsAt, e.EndsAt, e.Audience.Cpv, S.Cancelled, version, e.Title, e.Description, e.Audience.Counties, e.Location, e.Kind, e.AnnouncedAt)),
            GrainFactory.GetGrain<IProgrammeCountyGrain>(county).ReportDialogueEvent(new DialogueEventActivity(Id, e.ConsortiumId, S.Cancelled, RegistrationRules.ActiveCount(S), version)));
        _reportedVersion = Math.Max(_reportedVersion, version);
    }

    /// <summary>
    /// The county of the consortium's lead: where the consortium's own report is kept, so a consortium spanning counties
    /// has its events in one of them (<see cref="IProgrammeCountyGrain.ReportDialogueEvent"/>). An event created before
    /// drafts carried the lead looks it up in the consortium directory once and keeps it with the next write.
    /// </summary>
    private async Task<string> CountyAsync()
    {
        var e = S.Event!;
        var lead = e.Lead;
        if (lead is null)
        {
            var consortia = await ConsortiumDirectory.SnapshotAsync(GrainFactory, catalog);
            lead = consortia.FirstOrDefault(c => c.Id == e.ConsortiumId)?.Lead
                ?? throw new InvalidOperationException($"The lead of consortium {e.ConsortiumId} is not in the directory yet");
            S.Event = e with { Lead = lead };
        }
        return catalog.Municipality(lead)?.CountyNumber
            ?? throw new InvalidOperationException($"The lead {lead} of consortium {e.ConsortiumId} is no municipality of the catalog");
    }

    /// <summary>
    /// Sends one notice to every follower found through the indexes (and, for a cancellation or the deadline reminder,
    /// every registered supplier). The event id of each copy is derived from the notice, so a resumed fan-out is dropped by topics
    /// that already have it.
    /// </summary>
    private async Task<int> FanOutAsync(string notice)
    {
        var audience = S.Event!.Audience;
        var found = await Task.WhenAll(FollowRules.IndexKeys(audience)
            .Select(key => GrainFactory.GetGrain<IFollowerIndexGrain>(key).Followers(audience)));
        var recipients = found.SelectMany(f => f).ToHashSet();
        if (notice != Announced) recipients.UnionWith(S.Registrations.Values.Where(r => !r.Cancelled).Select(r => r.Supplier));

        var (type, data, at) = notice switch
        {
            Announced => ("DialogueEventAnnounced", AnnouncedData(), S.Event.AnnouncedAt),
            TimedNoticeRules.DeadlineReminder => (TimedNoticeRules.EventType(notice), DeadlineReminderData(), S.Event.RegistrationDeadline - TimedNoticeRules.ReminderLead),
            _ => ("DialogueEventCancelled", CancelledData(), S.CancelledAt ?? Now),
        };
        var template = LiveEventDraft.Create("", type, data, at) with { EventId = $"{Id}:{notice}" };
        await LiveOutbox.DeliverAsync(GrainFactory, recipients.Select(org => template.On(LiveTopics.Supplier(org))).ToList());
        return recipients.Count;
    }
}
