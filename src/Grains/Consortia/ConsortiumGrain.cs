using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samspill.Grains.Cases;
using Samspill.Grains.Common;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Programme;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Consortia;

/// <summary>
/// A consortium: checks the caller, applies <see cref="ConsortiumRules"/>, persists, then tells the other grains.
/// Pooling spans this grain and the need's municipality: the intent is stored first, the municipality marks its
/// need (idempotently), then the pool is recorded; unfinished intents are resumed on activation.
/// </summary>
public sealed partial class ConsortiumGrain(
    [PersistentState("consortium", StorageNames.Default)] IPersistentState<ConsortiumState> state,
    ReferenceCatalog catalog,
    IOptions<ThresholdOptions> thresholds,
    IFaultInjector faults,
    TimeProvider clock,
    ILogger<ConsortiumGrain> logger) : Grain, IConsortiumGrain, IKnowsItExists
{
    bool IKnowsItExists.Exists => state.RecordExists;

    private string Id => this.GetPrimaryKeyString();
    private ConsortiumState S => state.State;
    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!S.Created) return;
        await MoveStoredQuestionsAsync();
        await Commits.CatchUpAsync();
    }

    private WriteThenDeliver? commits;
    private WriteThenDeliver Commits => commits ??= new(this, logger, CatchUpAsync);

    /// <summary>Finishes unfinished cross-grain steps and delivers what is owed; safe to repeat.</summary>
    private async Task CatchUpAsync()
    {
        await ResumePendingAsync();
        await DeliverAsync();
    }

    async Task<ConsortiumView> IConsortiumGrain.Create(string title, string description, string? needId)
    {
        var caller = CallerContext.Current;
        var changes = ConsortiumRules.Create(S, caller, title, description, Now);
        if (needId is not null)
        {
            // Refuse before anything is stored: creation with a need that cannot be pooled changes nothing.
            try
            {
                ConsortiumRules.CheckPool(S, caller, needId, NeedIds.MunicipalityOf(needId));
                await PreflightNeedAsync(needId);
            }
            catch
            {
                // Create has already filled in the unsaved state; drop it, or this activation would serve a consortium
                // that was never stored and refuse a correct retry as a conflict.
                state.State = new ConsortiumState();
                throw;
            }
        }
        Apply(changes);
        var created = LiveEventDraft.Create(LiveTopics.Municipality(S.Lead), "ConsortiumCreated", new { consortiumId = Id, title = S.Title, lead = S.Lead }, Now);
        S.Outbox.Add(created);
        S.Outbox.Add(created.On(LiveTopics.StaffView(created.Topic)));
        S.UnsyncedMembers.Add(S.Lead);
        if (needId is null)
        {
            await CommitAsync();
            return View(caller);
        }
        S.PendingPools[needId] = S.Lead;
        await CommitAsync();
        try
        {
            await CompletePoolAsync(needId, S.Lead);
        }
        catch (DomainException)
        {
            // The need changed between the check and the pool: undo the creation entirely.
            await state.ClearStateAsync();
            state.State = new ConsortiumState();
            throw;
        }
        return View(caller);
    }

    async Task<ConsortiumView> IConsortiumGrain.Invite(string municipalityNumber, string? message)
    {
        RequireMunicipalityCaller();
        if (catalog.Municipality(municipalityNumber) is null)
            throw new DomainException(ErrorCodes.ValidationFailed, $"'{municipalityNumber}' is not one of the 357 kommunenummer.", Rules.ValidIdentifiers, "municipalityNumber");
        Apply(ConsortiumRules.Invite(S, CallerContext.Current, municipalityNumber, message, Now));
        S.UnsyncedMembers.Add(municipalityNumber);
        await CommitAsync();
        return View(CallerContext.Current);
    }

    async Task<ConsortiumView> IConsortiumGrain.Respond(bool accept)
    {
        RequireMunicipalityCaller();
        var caller = CallerContext.Current;
        Apply(ConsortiumRules.Respond(S, caller, accept, Now));
        S.UnsyncedMembers.Add(caller.Tenant!);
        await CommitAsync();
        return View(caller);
    }

    async Task<ConsortiumView> IConsortiumGrain.Leave()
    {
        RequireMunicipalityCaller();
        var caller = CallerContext.Current;
        Apply(ConsortiumRules.Leave(S, caller, Now, out _));
        S.UnsyncedMembers.Add(caller.Tenant!);
        await CommitAsync();
        await ResumePendingAsync();
        return View(caller);
    }

    async Task<ConsortiumView> IConsortiumGrain.PoolNeed(string needId)
    {
        RequireMunicipalityCaller();
        var caller = CallerContext.Current;
        var municipality = NeedIds.MunicipalityOf(needId);
        if (ConsortiumRules.CheckPool(S, caller, needId, municipality)) return View(caller);
        await PreflightNeedAsync(needId);
        S.PendingPools[needId] = municipality!;
        await CommitAsync();
        await CompletePoolAsync(needId, municipality!);
        return View(caller);
    }

    async Task<ConsortiumView> IConsortiumGrain.RecordAuthorization(string reference)
    {
        RequireMunicipalityCaller();
        Apply(ConsortiumRules.RecordAuthorization(S, CallerContext.Current, reference, Now));
        await CommitAsync();
        return View(CallerContext.Current);
    }

    async Task<ConsortiumView> IConsortiumGrain.Advance(ConsortiumPhase to, string? note)
    {
        RequireMunicipalityCaller();
        await ResumePendingAsync();
        var before = S.Members.Select(m => m.Municipality).ToHashSet();
        Apply(ConsortiumRules.Advance(S, CallerContext.Current, to, note, Now));
        // Nothing will be procured: its dialogue events are called off with it (stored now, carried out below).
        if (to == ConsortiumPhase.Cancelled)
            foreach (var eventId in DialogueRules.OpenEvents(S)) S.PendingCancellations[eventId] = DialogueRules.ConsortiumCancelledReason;
        // Lapsed invitations and a closed consortium change every member's copy.
        S.UnsyncedMembers.UnionWith(before);
        await CommitAsync();
        await ResumePendingAsync();
        return View(CallerContext.Current);
    }

    async Task<ConsortiumView?> IConsortiumGrain.GetView()
    {
        var caller = CallerContext.Current;
        if (!S.Created || !ConsortiumVisibility.CanSee(caller, S.AnnouncedEventIds.Count > 0)) return null;
        // A step left unfinished by a failed call (not only by a crash) is finished before anyone reads.
        if (S.PendingPools.Count > 0 || S.PendingReleases.Count > 0 || S.HasPendingDialogue)
        {
            try { await ResumePendingAsync(); }
            catch (Exception ex) { logger.LogWarning(ex, "Resuming consortium {Id} on read failed; the view shows the stored state", Id); }
        }
        return View(caller);
    }

    Task<CaseRecord> IConsortiumGrain.DraftCase()
    {
        RequireMunicipalityCaller();
        return Task.FromResult(CaseRules.Draft(Id, S, CallerContext.Current, catalog, Now));
    }

    /// <summary>
    /// Every change to a consortium is a municipality user's: anyone else is refused (UNAUTHENTICATED, FORBIDDEN)
    /// before learning whether it exists; then it must exist for the caller. The rules check lead or membership.
    /// </summary>
    private void RequireMunicipalityCaller()
    {
        Guard.RequireMunicipalityUser(CallerContext.Current);
        RequireExists();
    }

    private void RequireExists()
    {
        if (!S.Created || !ConsortiumVisibility.CanSee(CallerContext.Current, S.AnnouncedEventIds.Count > 0))
            throw DomainException.NotFound("The consortium");
    }

    /// <summary>Asks the owner whether the need exists for the caller and is free, so refusals come before any write.</summary>
    private async Task PreflightNeedAsync(string needId)
    {
        var municipality = NeedIds.MunicipalityOf(needId);
        var need = municipality is null ? null : await GrainFactory.GetGrain<IMunicipalityGrain>(municipality).GetNeed(needId);
        if (need is null) throw DomainException.NotFound("The need");
        if (need.IsWithdrawn) throw DomainException.Invalid("needId", "A withdrawn need cannot be pooled.");
        if (need.ConsortiumId is not null && need.ConsortiumId != Id)
            throw DomainException.Violation(Rules.OwnNeedOnly, "The need already sits in another consortium; a need sits in at most one.");
    }

    /// <summary>Second and third step of pooling; safe to repeat.</summary>
    private async Task CompletePoolAsync(string needId, string municipality)
    {
        faults.Hit(FaultPoints.PoolIntentStored);
        NeedRecord need;
        try
        {
            need = await GrainFactory.GetGrain<IMunicipalityLedgerGrain>(municipality).PoolNeed(needId, Id);
        }
        catch (DomainException)
        {
            S.PendingPools.Remove(needId);
            await CommitAsync();
            throw;
        }
        faults.Hit(FaultPoints.PoolNeedMarked);
        Apply(ConsortiumRules.CompletePool(S, new PooledNeed(need.Id, need.Municipality, need.EstimatedValueNok ?? 0, need.Category, need.Cpv, Now), thresholds.Value));
        await CommitAsync();
    }

    private async Task ResumePendingAsync()
    {
        foreach (var (needId, municipality) in S.PendingPools.ToList())
        {
            try { await CompletePoolAsync(needId, municipality); }
            catch (DomainException ex) { logger.LogInformation("Pending pool of {Need} into {Id} refused on resume: {Message}", needId, Id, ex.Message); }
        }
        foreach (var (needId, municipality) in S.PendingReleases.ToList())
        {
            await GrainFactory.GetGrain<IMunicipalityLedgerGrain>(municipality).ReleaseNeed(needId, Id);
            S.PendingReleases.Remove(needId);
        }
        await ResumeDialogueAsync();
    }

    private void Apply(IReadOnlyList<ConsortiumChange> changes)
    {
        foreach (var change in changes)
        {
            S.Timeline.Add(new TimelineEntry(Now, change.Type, change.Summary, change.Actor));
            var draft = LiveEventDraft.Create(LiveTopics.Consortium(Id), change.Type, WithConsortiumId(change.Data), Now);
            S.Outbox.Add(draft);
            if (change.ToProgramme) S.Outbox.Add(draft.On(LiveTopics.Programme));
            if (change.Public) S.Outbox.Add(draft.On(LiveTopics.PublicView(LiveTopics.Consortium(Id))));
        }
    }

    private Dictionary<string, object?> WithConsortiumId(object data)
    {
        var dict = new Dictionary<string, object?> { ["consortiumId"] = Id };
        foreach (var p in data.GetType().GetProperties()) dict[p.Name] = p.GetValue(data);
        return dict;
    }

    /// <summary>Persist, then deliver events and refresh every copy other grains keep of this consortium.</summary>
    private Task CommitAsync()
    {
        S.Version++;
        return Commits.CommitAsync(() => state.WriteStateAsync(), () =>
        {
            faults.Hit(FaultPoints.ConsortiumWritten);
            return DeliverAsync();
        });
    }

    private async Task DeliverAsync()
    {
        var outbox = S.Outbox.ToList();
        // The programme topic's events wait until the members' and this consortium's county reports show the change.
        await LiveOutbox.DeliverAfterFiguresAsync(GrainFactory, outbox, SyncProjectionsAsync);
        // Delivered events leave the outbox with the next write; until then a re-delivery is a no-op.
        S.Outbox.RemoveAll(outbox.Contains);
    }

    /// <summary>Brings the members' ledgers, the directory and the lead county's report up to this state.</summary>
    private async Task SyncProjectionsAsync()
    {
        foreach (var number in S.UnsyncedMembers.ToList())
        {
            var ledger = GrainFactory.GetGrain<IMunicipalityLedgerGrain>(number);
            var member = S.Member(number);
            if (member is null) await ledger.RemoveMembership(Id, S.Version);
            else
                await ledger.SyncMembership(new MembershipRecord
                {
                    ConsortiumId = Id, Role = member.Role, Status = member.Status, InvitedBy = member.InvitedBy,
                    Message = member.Message, InvitedAt = member.InvitedAt, ConsortiumActive = ConsortiumRules.IsActive(S.Phase),
                    Version = S.Version,
                });
            if (member is not { Status: MemberStatus.Joined or MemberStatus.Invited })
                // It may no longer see the consortium in full: its open subscriptions stop receiving the full topic.
                await GrainFactory.GetGrain<ILiveTopicGrain>(LiveTopics.Consortium(Id)).Revoke(number);
            S.UnsyncedMembers.Remove(number);
        }

        var joined = S.Members.Where(m => m.IsJoined).Select(m => m.Municipality).ToList();
        await Task.WhenAll(
            ConsortiumDirectory.Of(GrainFactory, catalog, S.Lead).Upsert(new ConsortiumSummary(
                Id, S.Lead, S.Phase, S.Members.Where(m => m.Status is MemberStatus.Joined or MemberStatus.Invited).Select(m => m.Municipality).ToList(),
                CpvOf(S), S.AnnouncedEventIds.Count > 0, S.CreatedAt, S.Version,
                Invited: S.Members.Where(m => m.Status == MemberStatus.Invited).Select(m => m.Municipality).ToList(),
                Title: S.Title, Description: S.Description)),
            // The lead's county keeps the report (the lead never changes): no grain every consortium in the country waits for.
            catalog.Municipality(S.Lead) is { } lead
                ? GrainFactory.GetGrain<IProgrammeCountyGrain>(lead.CountyNumber).ReportConsortium(new ConsortiumActivity(Id, S.Phase, S.Lead, joined, S.Version, S.CreatedAt))
                : Task.CompletedTask);
    }

    private static List<string> CpvOf(ConsortiumState s) => s.PooledNeeds.SelectMany(n => n.Cpv).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();

    private ConsortiumView View(Caller caller)
    {
        var full = ConsortiumVisibility.SeesAll(caller, S.Members.Select(m => (m.Municipality, m.Status)));
        return new ConsortiumView
        {
            Id = Id, Title = S.Title, Description = S.Description, Lead = S.Lead, Phase = S.Phase, CreatedAt = S.CreatedAt,
            Members = full
                ? S.Members.ToList()
                : S.Members.Where(m => m.IsJoined).Select(m => m with { AuthorizationReference = null, Message = null }).ToList(),
            PooledNeeds = S.PooledNeeds.ToList(),
            CombinedEstimatedValueNok = ThresholdRules.CombinedValue(S.PooledNeeds),
            ThresholdRegime = ThresholdRules.Regime(S.PooledNeeds, thresholds.Value),
            Cpv = CpvOf(S),
            Timeline = full ? S.Timeline.ToList() : [],
            FullView = full,
            DialogueEventIds = S.AnnouncedEventIds.ToList(),
        };
    }
}
