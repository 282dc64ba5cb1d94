using Microsoft.Extensions.Logging;
using Samspill.Grains.Capability;
using Samspill.Grains.Cases;
using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Matching;
using Samspill.Grains.Needs;
using Samspill.Grains.Programme;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Municipalities;

/// <summary>A municipality's needs and relations. Orchestrates: check caller, apply rules, persist, publish.</summary>
public sealed class MunicipalityGrain(
    [PersistentState("municipality", StorageNames.Default)] IPersistentState<MunicipalityState> state,
    ReferenceCatalog catalog,
    TimeProvider clock,
    IFaultInjector faults,
    ILogger<MunicipalityGrain> logger) : Grain, IMunicipalityGrain, IMunicipalityLedgerGrain
{
    private string Number => this.GetPrimaryKeyString();
    private MunicipalityState S => state.State;
    private DateTimeOffset Now => clock.GetUtcNow();
    private WriteThenDeliver? commits;
    private WriteThenDeliver Commits => commits ??= new(this, logger, () => SyncProjectionsAsync(_needs.Values));

    /// <summary>Needs per page record; a worst-case need (10,000 characters of description, JSON-escaped) is about 62 KB.</summary>
    public const int NeedsPerPage = 10;
    /// <summary>How many acknowledged need changes the municipality's own record holds before they move to their pages.</summary>
    public const int NeedsBeforePaging = 8;
    /// <summary>Every need of the municipality: its pages, overlaid with the newer changes in its own record (<c>S.Needs</c>).</summary>
    private readonly Dictionary<string, NeedRecord> _needs = [];
    /// <summary>The changes in the municipality's own record as last written: acknowledged, so these may move to pages.</summary>
    private Dictionary<string, NeedRecord> _storedChanges = [];
    private NeedPages? _pages;

    /// <summary>How long a partner search handed to the feed may go unconfirmed before it is sent again (one to two of these).</summary>
    public static readonly TimeSpan SearchConfirmInterval = TimeSpan.FromSeconds(5);
    /// <summary>Owed searches handed to the feed by this activation and not yet confirmed: key, and the tick it was handed over at.</summary>
    private readonly Dictionary<string, (DateTimeOffset AskedAt, long Tick)> _handedOver = [];
    private long _tick;
    /// <summary>Confirmed searches left the owed set in memory since the last write.</summary>
    private bool _searchesUnstored;
    private IGrainTimer? _searchTimer;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (catalog.Municipality(Number) is null) return; // calls to unknown numbers are refused per method
        _pages = NeedPages.Of(this, "municipality-needs", NeedsPerPage);
        foreach (var need in await _pages.LoadAsync(S.NeedPageCount)) _needs[need.Id] = need;
        foreach (var (id, need) in S.Needs) _needs[id] = need;
        _storedChanges = new(S.Needs);
        // Stored before searches had keys: each owed search is keyed by its need as it is now.
        foreach (var id in S.PartnerSearchesOwed)
            if (_needs.TryGetValue(id, out var owed)) S.PartnerSearches.TryAdd(id, owed.UpdatedAt);
        S.PartnerSearchesOwed.Clear();
        await MoveProgrammeEntriesAsync();
        // Projections and undelivered events may be behind after a crash between write and delivery.
        if (state.RecordExists) await Commits.CatchUpAsync();
    }

    /// <summary>
    /// A record stored before the programme entry counts moved onto the needs: each count goes onto its need, stored on
    /// the need's page (and in the record if the record holds the need too), then the record is written without them.
    /// </summary>
    /// <remarks>
    /// Counts are assigned, not added: a failure between the pages and the record leaves the old record with its counts,
    /// and the next activation assigns the same counts again. Done before any request is served, so nothing else has
    /// counted on the needs yet.
    /// </remarks>
    private async Task MoveProgrammeEntriesAsync()
    {
        if (S.ProgrammeEntries.Count == 0) return;
        var counted = S.ProgrammeEntries
            .Where(e => _needs.ContainsKey(e.Key))
            .Select(e => _needs[e.Key] with { ProgrammeEntries = e.Value }).ToList();
        await _pages!.StoreAsync(counted);
        foreach (var need in counted)
        {
            _needs[need.Id] = need;
            if (S.Needs.ContainsKey(need.Id)) S.Needs[need.Id] = need;
        }
        S.NeedPageCount = _pages.Count;
        faults.Hit(FaultPoints.MunicipalityEntriesMoved);
        S.ProgrammeEntries.Clear();
        await state.WriteStateAsync();
        _storedChanges = new(S.Needs);
    }

    async Task<NeedRecord> IMunicipalityGrain.PublishNeed(PublishNeedCommand command)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var key = IdempotencyContext.Current;
        var id = key is null ? NeedIds.New(Number) : NeedIds.ForKey(Number, key);
        // A retry of a publish whose answer was lost: the need is there already (the gateway checked it is the same request).
        if (key is not null && _needs.TryGetValue(id, out var published)) return published;
        var need = NeedRules.Publish(command, Number, id, catalog, Now);
        if (need.FromCaseId is { } caseId && await GrainFactory.GetGrain<ICaseLibraryGrain>(0).Get(caseId) is null)
            throw DomainException.Invalid("fromCaseId", $"There is no case '{caseId}' in the library.");
        if (StaffMaySee(need)) need = CountedOnProgramme(need);
        SetNeed(need);
        Emit(LiveTopics.Municipality(Number), "NeedPublished", NeedData(need), StaffMaySee(need), toProgramme: StaffMaySee(need));
        await CommitAsync([need], suggest: true);
        return need;
    }

    async Task<NeedRecord> IMunicipalityGrain.UpdateNeed(UpdateNeedCommand command)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var before = OwnNeed(command.Id);
        var need = NeedRules.Update(before, command, catalog, Now);
        SetNeed(need);
        Emit(LiveTopics.Municipality(Number), "NeedUpdated", NeedData(need), StaffMaySee(need), toProgramme: false);
        // What the need is about changed, so its partners may have: suggest again (dismissed pairs stay quiet).
        var suggest = need.Title != before.Title || need.Description != before.Description || !need.Cpv.SequenceEqual(before.Cpv) || (need.OpenToCollaboration && !before.OpenToCollaboration);
        await CommitAsync([need], suggest);
        return need;
    }

    async Task<NeedRecord> IMunicipalityGrain.WithdrawNeed(string needId)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var before = OwnNeed(needId);
        var need = NeedRules.Withdraw(before, Now);
        if (ReferenceEquals(need, before)) return need;
        if (StaffMaySee(need)) need = CountedOnProgramme(need);
        SetNeed(need);
        Emit(LiveTopics.Municipality(Number), "NeedWithdrawn", new { needId = need.Id, municipality = Number },
            StaffMaySee(need), toProgramme: StaffMaySee(need));
        await CommitAsync([need]);
        return need;
    }

    Task<NeedRecord?> IMunicipalityGrain.GetNeed(string needId) =>
        Task.FromResult(_needs.TryGetValue(needId, out var n) && NeedVisibilityRules.CanSee(n, CallerContext.Current) ? n : null);

    Task<IReadOnlyList<NeedRecord>> IMunicipalityGrain.GetNeeds(bool includeWithdrawn)
    {
        var caller = CallerContext.Current;
        return Task.FromResult<IReadOnlyList<NeedRecord>>(_needs.Values
            .Where(n => (includeWithdrawn || !n.IsWithdrawn) && NeedVisibilityRules.CanSee(n, caller))
            .OrderBy(n => n.CreatedAt).ToList());
    }

    Task<IReadOnlyList<MembershipRecord>> IMunicipalityGrain.GetMemberships() =>
        Task.FromResult<IReadOnlyList<MembershipRecord>>(S.Memberships.Values
            .Where(m => m.Status == MemberStatus.Joined).OrderBy(m => m.InvitedAt).ToList());

    Task<IReadOnlyList<MembershipRecord>> IMunicipalityGrain.GetInvitations() =>
        Task.FromResult<IReadOnlyList<MembershipRecord>>(CallerContext.Current.IsMunicipality(Number)
            ? S.Memberships.Values.Where(m => m.Status == MemberStatus.Invited).OrderBy(m => m.InvitedAt).ToList()
            : []);

    Task<IReadOnlyList<ProcurementStatisticsRecord>> IMunicipalityGrain.GetStatistics() =>
        Task.FromResult<IReadOnlyList<ProcurementStatisticsRecord>>(StatisticsRules.CanSee(CallerContext.Current, Number)
            ? S.Statistics.Values.OrderBy(s => s.Year).ToList()
            : []);

    async Task<IReadOnlyList<ProcurementStatisticsRecord>> IMunicipalityGrain.ReportProcurementStatistics(
        int year, int total, int innovative, long? totalValueNok, long? innovativeValueNok)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var record = StatisticsRules.Validate(year, total, innovative, Now, totalValueNok, innovativeValueNok);
        if (!S.Statistics.TryGetValue(year, out var known) || known != record)
        {
            S.Statistics[year] = record;
            Emit(LiveTopics.Municipality(Number), "ProcurementStatisticsReported",
                new { municipality = Number, year, total, innovative, totalValueNok, innovativeValueNok }, toStaff: true, toProgramme: true);
            await CommitAsync([]);
        }
        return S.Statistics.Values.OrderBy(s => s.Year).ToList();
    }

    async Task<CapabilityAssessmentRecord> IMunicipalityGrain.SubmitCapabilityAssessment(IReadOnlyList<CapabilityScore> scores)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var assessment = CapabilityRules.Validate(scores, Now);
        CapabilityRules.Append(S.CapabilityHistory, assessment);
        Emit(LiveTopics.Municipality(Number), "CapabilityAssessed",
            new { municipality = Number, average = Math.Round(assessment.Average, 2) }, toStaff: true, toProgramme: true);
        await CommitAsync([]);
        return assessment;
    }

    Task<CapabilityAssessmentRecord?> IMunicipalityGrain.GetCapability() =>
        Task.FromResult(CapabilityRules.CanSee(CallerContext.Current, Number) ? S.CapabilityHistory.LastOrDefault() : null);

    Task<IReadOnlyList<CapabilityAssessmentRecord>> IMunicipalityGrain.GetCapabilityHistory() =>
        Task.FromResult<IReadOnlyList<CapabilityAssessmentRecord>>(CapabilityRules.CanSee(CallerContext.Current, Number)
            ? S.CapabilityHistory.AsEnumerable().Reverse().ToList()
            : []);

    async Task IMunicipalityGrain.DismissPartnerSuggestion(string needId, string matchedNeedId)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        OwnNeed(needId);
        if (string.IsNullOrWhiteSpace(matchedNeedId) || matchedNeedId.Length > EntityIds.MaxLength)
            throw DomainException.Invalid("matchedNeedId", "matchedNeedId must be a need id.");
        if (S.DismissedSuggestions.Add(DismissKey(needId, matchedNeedId))) await CommitAsync([]);
    }

    async Task IMunicipalityLedgerGrain.SuggestPartner(string needId, string matchedNeedId, string matchedMunicipality, double score, bool toStaff, string eventId)
    {
        if (!_needs.TryGetValue(needId, out var need) || need.IsWithdrawn || S.DismissedSuggestions.Contains(DismissKey(needId, matchedNeedId))) return;
        // The search's own id, not a fresh one: a search run again (its feed was lost) is dropped by the topic as a repeat.
        var own = LiveEventDraft.Create(LiveTopics.Municipality(Number), "PartnerSuggested",
            new { needId, matchedNeedId, municipality = matchedMunicipality, score }, Now) with { EventId = eventId };
        // Suggestions report no state change, so they need no outbox.
        await LiveOutbox.DeliverAsync(GrainFactory, toStaff ? [own, own.On(LiveTopics.StaffView(own.Topic))] : [own]);
    }

    Task IMunicipalityLedgerGrain.PartnerSearchesDone(IReadOnlyList<PartnerSearchKey> done)
    {
        foreach (var key in done)
        {
            // A confirmation of an older search of the need leaves the newer one owed.
            if (!S.PartnerSearches.TryGetValue(key.NeedId, out var askedAt) || askedAt != key.AskedAt) continue;
            S.PartnerSearches.Remove(key.NeedId);
            _handedOver.Remove(key.NeedId);
            _searchesUnstored = true;
        }
        return Task.CompletedTask;
    }

    private static string DismissKey(string needId, string matchedNeedId) => $"{needId}>{matchedNeedId}";

    Task<IReadOnlyList<string>> IMunicipalityGrain.GetDismissedSuggestions(string needId)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var prefix = DismissKey(needId, "");
        return Task.FromResult<IReadOnlyList<string>>(S.DismissedSuggestions
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..]).ToList());
    }

    async Task<NeedRecord> IMunicipalityLedgerGrain.PoolNeed(string needId, string consortiumId)
    {
        var before = _needs.TryGetValue(needId, out var n) ? n : throw DomainException.NotFound("The need");
        var need = NeedRules.Pool(before, consortiumId, Now);
        if (ReferenceEquals(need, before)) return need;
        SetNeed(need);
        await CommitAsync([need]);
        return need;
    }

    async Task IMunicipalityLedgerGrain.ReleaseNeed(string needId, string consortiumId)
    {
        if (!_needs.TryGetValue(needId, out var before)) return;
        var need = NeedRules.Release(before, consortiumId, Now);
        if (ReferenceEquals(need, before)) return;
        SetNeed(need);
        await CommitAsync([need]);
    }

    async Task IMunicipalityLedgerGrain.SyncMembership(MembershipRecord membership)
    {
        if (S.Memberships.TryGetValue(membership.ConsortiumId, out var known) && known.Version >= membership.Version) return;
        S.Memberships[membership.ConsortiumId] = membership;
        if (membership.Status == MemberStatus.Invited && known?.Status != MemberStatus.Invited)
            Emit(LiveTopics.Municipality(Number), "MemberInvited",
                new { consortiumId = membership.ConsortiumId, municipality = Number, invitedBy = membership.InvitedBy }, toStaff: true, toProgramme: false);
        await CommitAsync([]);
    }

    async Task IMunicipalityLedgerGrain.RemoveMembership(string consortiumId, long version)
    {
        if (!S.Memberships.TryGetValue(consortiumId, out var known) || known.Version >= version) return;
        S.Memberships.Remove(consortiumId);
        await CommitAsync([]);
    }

    private NeedRecord OwnNeed(string needId) =>
        _needs.TryGetValue(needId ?? "", out var need) ? need : throw DomainException.NotFound("The need");

    private static object NeedData(NeedRecord need) =>
        new { needId = need.Id, municipality = need.Municipality, title = need.Title, cpv = need.Cpv };

    /// <summary>
    /// Programme staff see every need but PRIVATE ones (<see cref="NeedVisibilityRules"/>); the staff stream of this
    /// municipality's topic and the programme topic carry an event about a need only when that holds.
    /// </summary>
    private static bool StaffMaySee(NeedRecord need) => NeedVisibilityRules.CanSee(need, Caller.Staff);

    /// <summary>The event on this municipality's topic (its own users), and on the staff's stream of it and the programme topic when they may see it.</summary>
    private void Emit(string topic, string type, object data, bool toStaff, bool toProgramme)
    {
        var draft = LiveEventDraft.Create(topic, type, data, Now);
        S.Outbox.Add(draft);
        if (toStaff) S.Outbox.Add(draft.On(LiveTopics.StaffView(topic)));
        if (!toProgramme) return;
        S.Outbox.Add(draft.On(LiveTopics.Programme));
    }

    /// <summary>The need with one more entry about it on the programme topic: call it for each event about the need sent there.</summary>
    private static NeedRecord CountedOnProgramme(NeedRecord need) => need with { ProgrammeEntries = need.ProgrammeEntries + 1 };

    /// <summary>
    /// Persist, then deliver the outbox and refresh the projections that other grains keep of this one; with
    /// <paramref name="suggest"/>, the changed needs owe a partner search too, handed to the county's feed with them.
    /// </summary>
    private Task CommitAsync(IReadOnlyCollection<NeedRecord> changedNeeds, bool suggest = false)
    {
        if (suggest)
            foreach (var need in changedNeeds) S.PartnerSearches[need.Id] = need.UpdatedAt;
        return Commits.CommitAsync(WriteAsync, () =>
        {
            faults.Hit(FaultPoints.MunicipalityWritten);
            return SyncProjectionsAsync(changedNeeds);
        });
    }

    /// <summary>A changed need: in memory, and in the municipality's own record with the next write.</summary>
    private void SetNeed(NeedRecord need)
    {
        _needs[need.Id] = need;
        S.Needs[need.Id] = need;
    }

    private async Task WriteAsync()
    {
        // Whatever memory holds goes to storage, confirmed searches' removal included.
        _searchesUnstored = false;
        if (_storedChanges.Count >= NeedsBeforePaging)
        {
            // Only acknowledged changes move to pages, so a write that fails after this leaves no unacknowledged change
            // stored: the record as stored still holds them, and is newer than any page.
            await _pages!.StoreAsync(_storedChanges.Values);
            foreach (var (id, moved) in _storedChanges)
                if (S.Needs.TryGetValue(id, out var now) && ReferenceEquals(now, moved)) S.Needs.Remove(id);
            S.NeedPageCount = _pages.Count;
            faults.Hit(FaultPoints.MunicipalityPagesWritten);
        }
        await state.WriteStateAsync();
        _storedChanges = new(S.Needs);
    }

    /// <summary>Delivers the outbox and refreshes the projections; also the catch-up after a crash.</summary>
    private async Task SyncProjectionsAsync(IEnumerable<NeedRecord> needs)
    {
        var county = catalog.Municipality(Number)!.CountyNumber;
        var list = needs.ToList();
        await Task.WhenAll(DeliverAsync(county, list), FeedAsync(county, list));
    }

    private async Task DeliverAsync(string county, IReadOnlyList<NeedRecord> needs)
    {
        var outbox = S.Outbox.ToList();
        var index = GrainFactory.GetGrain<INeedIndexGrain>(county);
        var activity = MunicipalityActivity.Of(Number, S, _needs);
        // Straight to the county's share of the overview: no grain every municipality in the country waits for. The
        // programme topic's events wait for it.
        await LiveOutbox.DeliverAfterFiguresAsync(GrainFactory, outbox, () => Task.WhenAll(
            needs.Count > 0 ? index.Upsert(needs) : Task.CompletedTask,
            GrainFactory.GetGrain<IProgrammeCountyGrain>(county).ReportMunicipality(activity)));
        // Delivered events leave the outbox with the next write; until then a re-delivery is a no-op.
        S.Outbox.RemoveAll(outbox.Contains);
    }

    /// <summary>
    /// Hands the changed needs, and the partner searches owed and not yet handed over by this activation, to the county's
    /// feed (the search index and partner matching, one grain for the country). Only the queueing is awaited, so the
    /// acknowledgement does not wait on the index, yet a <see cref="INeedFeedGrain.Settled"/> after it sees the change.
    /// A catch-up sends every need again.
    /// </summary>
    /// <remarks>
    /// The feed's queue is memory only: a search stays owed in this grain's state until the feed confirms it
    /// (<see cref="IMunicipalityLedgerGrain.PartnerSearchesDone"/>), and one unconfirmed for a while is handed over again
    /// (<see cref="ResendSearchesAsync"/>), so a feed lost with its queue loses nothing this grain acknowledged. This
    /// costs no write the acknowledgement waits for: the search is stored with the change that asks for it.
    /// </remarks>
    private async Task FeedAsync(string county, IReadOnlyList<NeedRecord> needs)
    {
        var searches = S.PartnerSearches
            .Where(s => !(_handedOver.TryGetValue(s.Key, out var handed) && handed.AskedAt == s.Value))
            .Select(s => _needs.TryGetValue(s.Key, out var need) ? new PartnerSearch(need, s.Value) : null)
            .OfType<PartnerSearch>().ToList();
        var toIndex = needs.Concat(searches.Select(s => s.Need).Where(o => needs.All(n => n.Id != o.Id))).ToList();
        if (toIndex.Count == 0) return;
        // The partner searches look through the eyes of this municipality's users (a catch-up runs on a timer, with no
        // caller); set within this method's own flow, so it does not leak into the rest of the delivery.
        CallerContext.Set(new Caller(CallerRole.Municipality, Number, null));
        await GrainFactory.GetGrain<INeedFeedGrain>(county).Enqueue(toIndex, searches);
        if (searches.Count == 0) return;
        foreach (var search in searches) _handedOver[search.Need.Id] = (search.AskedAt, _tick);
        // KeepAlive: the activation holds what it must send again if the feed never confirms.
        _searchTimer ??= this.RegisterGrainTimer(ResendSearchesAsync,
            new GrainTimerCreationOptions(SearchConfirmInterval, SearchConfirmInterval) { KeepAlive = true });
    }

    /// <summary>
    /// On a timer while searches are owed: hands over again each one unconfirmed for a full interval (its feed may have
    /// lost it), and stores the owed set when confirmations changed it and no other write has since, so a later activation
    /// does not search again. That write is off every client's path and covers every confirmation of the interval.
    /// </summary>
    private async Task ResendSearchesAsync(CancellationToken cancellationToken)
    {
        _tick++;
        foreach (var (id, handed) in _handedOver.ToList())
            if (!S.PartnerSearches.TryGetValue(id, out var askedAt) || askedAt != handed.AskedAt || handed.Tick < _tick - 1) _handedOver.Remove(id);
        if (S.PartnerSearches.Keys.Any(id => !_handedOver.ContainsKey(id)))
        {
            var county = catalog.Municipality(Number)!.CountyNumber;
            try { await FeedAsync(county, []); }
            catch (Exception ex) { logger.LogWarning(ex, "Sending {Count} owed partner searches of {Municipality} again failed; retrying", S.PartnerSearches.Count, Number); }
        }
        if (_searchesUnstored) await GrainCommit.WriteAsync(this, WriteAsync);
        if (S.PartnerSearches.Count > 0) return;
        _searchTimer?.Dispose();
        _searchTimer = null;
    }
}
