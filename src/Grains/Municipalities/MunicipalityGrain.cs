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
    private WriteThenDeliver Commits => commits ??= new(this, logger, () => SyncProjectionsAsync(S.Needs.Values));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (catalog.Municipality(Number) is null) return; // calls to unknown numbers are refused per method
        // Projections and undelivered events may be behind after a crash between write and delivery.
        if (state.RecordExists) await Commits.CatchUpAsync();
    }

    async Task<NeedRecord> IMunicipalityGrain.PublishNeed(PublishNeedCommand command)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var key = IdempotencyContext.Current;
        var id = key is null ? NeedIds.New(Number) : NeedIds.ForKey(Number, key);
        // A retry of a publish whose answer was lost: the need is there already (the gateway checked it is the same request).
        if (key is not null && S.Needs.TryGetValue(id, out var published)) return published;
        var need = NeedRules.Publish(command, Number, id, catalog, Now);
        if (need.FromCaseId is { } caseId && await GrainFactory.GetGrain<ICaseLibraryGrain>(0).Get(caseId) is null)
            throw DomainException.Invalid("fromCaseId", $"There is no case '{caseId}' in the library.");
        S.Needs[need.Id] = need;
        Emit(LiveTopics.Municipality(Number), "NeedPublished", NeedData(need), StaffMaySee(need), toProgramme: StaffMaySee(need));
        await CommitAsync([need], suggest: true);
        return need;
    }

    async Task<NeedRecord> IMunicipalityGrain.UpdateNeed(UpdateNeedCommand command)
    {
        Guard.RequireMunicipality(CallerContext.Current, Number);
        var before = OwnNeed(command.Id);
        var need = NeedRules.Update(before, command, catalog, Now);
        S.Needs[need.Id] = need;
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
        S.Needs[need.Id] = need;
        Emit(LiveTopics.Municipality(Number), "NeedWithdrawn", new { needId = need.Id, municipality = Number },
            StaffMaySee(need), toProgramme: StaffMaySee(need));
        await CommitAsync([need]);
        return need;
    }

    Task<NeedRecord?> IMunicipalityGrain.GetNeed(string needId) =>
        Task.FromResult(S.Needs.TryGetValue(needId, out var n) && NeedVisibilityRules.CanSee(n, CallerContext.Current) ? n : null);

    Task<IReadOnlyList<NeedRecord>> IMunicipalityGrain.GetNeeds(bool includeWithdrawn)
    {
        var caller = CallerContext.Current;
        return Task.FromResult<IReadOnlyList<NeedRecord>>(S.Needs.Values
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

    async Task IMunicipalityLedgerGrain.SuggestPartner(string needId, string matchedNeedId, string matchedMunicipality, double score, bool toStaff)
    {
        if (!S.Needs.TryGetValue(needId, out var need) || need.IsWithdrawn || S.DismissedSuggestions.Contains(DismissKey(needId, matchedNeedId))) return;
        var own = LiveEventDraft.Create(LiveTopics.Municipality(Number), "PartnerSuggested",
            new { needId, matchedNeedId, municipality = matchedMunicipality, score }, Now);
        // Suggestions report no state change, so they need no outbox.
        await LiveOutbox.DeliverAsync(GrainFactory, toStaff ? [own, own.On(LiveTopics.StaffView(own.Topic))] : [own]);
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
        var before = S.Needs.TryGetValue(needId, out var n) ? n : throw DomainException.NotFound("The need");
        var need = NeedRules.Pool(before, consortiumId, Now);
        if (ReferenceEquals(need, before)) return need;
        S.Needs[need.Id] = need;
        await CommitAsync([need]);
        return need;
    }

    async Task IMunicipalityLedgerGrain.ReleaseNeed(string needId, string consortiumId)
    {
        if (!S.Needs.TryGetValue(needId, out var before)) return;
        var need = NeedRules.Release(before, consortiumId, Now);
        if (ReferenceEquals(need, before)) return;
        S.Needs[need.Id] = need;
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
        S.Needs.TryGetValue(needId ?? "", out var need) ? need : throw DomainException.NotFound("The need");

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
        foreach (var needId in NeedEventVisibility.NeedIdsOf(draft.DataJson))
            S.ProgrammeEntries[needId] = S.ProgrammeEntries.GetValueOrDefault(needId) + 1;
    }

    /// <summary>
    /// Persist, then deliver the outbox and refresh the projections that other grains keep of this one; with
    /// <paramref name="suggest"/>, the changed needs owe a partner search too, handed to the county's feed with them.
    /// </summary>
    private Task CommitAsync(IReadOnlyCollection<NeedRecord> changedNeeds, bool suggest = false)
    {
        if (suggest) S.PartnerSearchesOwed.UnionWith(changedNeeds.Select(n => n.Id));
        return Commits.CommitAsync(() => state.WriteStateAsync(), () =>
        {
            faults.Hit(FaultPoints.MunicipalityWritten);
            return SyncProjectionsAsync(changedNeeds);
        });
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
        var activity = MunicipalityActivity.Of(Number, S);
        // Straight to the county's share of the overview: no grain every municipality in the country waits for. The
        // programme topic's events wait for it.
        await LiveOutbox.DeliverAfterFiguresAsync(GrainFactory, outbox, () => Task.WhenAll(
            needs.Count > 0 ? index.Upsert(needs) : Task.CompletedTask,
            GrainFactory.GetGrain<IProgrammeCountyGrain>(county).ReportMunicipality(activity)));
        // Delivered events leave the outbox with the next write; until then a re-delivery is a no-op.
        S.Outbox.RemoveAll(outbox.Contains);
    }

    /// <summary>
    /// Hands the changed needs, and the partner searches still owed, to the county's feed (the search index and partner
    /// matching, one grain for the country). Only the queueing is awaited, so the acknowledgement does not wait on the
    /// index, yet a <see cref="INeedFeedGrain.Settled"/> after it sees the change. A catch-up sends every need again.
    /// </summary>
    private async Task FeedAsync(string county, IReadOnlyList<NeedRecord> needs)
    {
        var owed = S.PartnerSearchesOwed.Select(id => S.Needs.GetValueOrDefault(id)).OfType<NeedRecord>().ToList();
        var toIndex = needs.Concat(owed.Where(o => needs.All(n => n.Id != o.Id))).ToList();
        if (toIndex.Count == 0) return;
        // The partner searches look through the eyes of this municipality's users (a catch-up runs on a timer, with no
        // caller); set within this method's own flow, so it does not leak into the rest of the delivery.
        CallerContext.Set(new Caller(CallerRole.Municipality, Number, null));
        await GrainFactory.GetGrain<INeedFeedGrain>(county).Enqueue(toIndex, owed);
        // Like the outbox: stored until the next write, so a crash before it sends the search again (at least once).
        S.PartnerSearchesOwed.ExceptWith(owed.Select(n => n.Id));
    }
}
