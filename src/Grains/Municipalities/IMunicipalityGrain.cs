using Samspill.Grains.Capability;
using Samspill.Grains.Common;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Municipalities;

/// <summary>A municipality, keyed by kommunenummer. Every method checks the caller carried with the call.</summary>
[RequiresCaller]
public interface IMunicipalityGrain : IGrainWithStringKey
{
    Task<NeedRecord> PublishNeed(PublishNeedCommand command);
    Task<NeedRecord> UpdateNeed(UpdateNeedCommand command);
    Task<NeedRecord> WithdrawNeed(string needId);

    /// <summary>The need if the caller may see it, else null.</summary>
    Task<NeedRecord?> GetNeed(string needId);
    Task<IReadOnlyList<NeedRecord>> GetNeeds(bool includeWithdrawn);

    /// <summary>Consortia the municipality leads or has joined.</summary>
    Task<IReadOnlyList<MembershipRecord>> GetMemberships();

    /// <summary>Open invitations; empty for anyone but the municipality's own users.</summary>
    Task<IReadOnlyList<MembershipRecord>> GetInvitations();

    Task<IReadOnlyList<ProcurementStatisticsRecord>> GetStatistics();
    Task<IReadOnlyList<ProcurementStatisticsRecord>> ReportProcurementStatistics(int year, int total, int innovative, long? totalValueNok = null, long? innovativeValueNok = null);

    /// <summary>Records a complete self-assessment (every dimension once, 1–5) as the municipality's latest.</summary>
    Task<CapabilityAssessmentRecord> SubmitCapabilityAssessment(IReadOnlyList<CapabilityScore> scores);

    /// <summary>The latest self-assessment for the municipality itself and programme staff; null for anyone else.</summary>
    Task<CapabilityAssessmentRecord?> GetCapability();

    /// <summary>
    /// The municipality does not want to hear of <paramref name="matchedNeedId"/> as a partner for its need
    /// <paramref name="needId"/> again: that suggestion is never pushed to it again.
    /// </summary>
    Task DismissPartnerSuggestion(string needId, string matchedNeedId);

    /// <summary>The needs the municipality dismissed as partners for its need <paramref name="needId"/>; its own users only.</summary>
    Task<IReadOnlyList<string>> GetDismissedSuggestions(string needId);

    /// <summary>Every kept self-assessment, newest first, for the municipality itself and programme staff; empty for anyone else.</summary>
    Task<IReadOnlyList<CapabilityAssessmentRecord>> GetCapabilityHistory();
}

/// <summary>
/// The municipality's side of steps that a consortium drives. Only grains call these; each is idempotent so the
/// consortium can retry it after a crash.
/// </summary>
public interface IMunicipalityLedgerGrain : IGrainWithStringKey
{
    /// <summary>Marks the need as pooled in the consortium (OWN_NEED_ONLY is checked by the caller and here).</summary>
    Task<NeedRecord> PoolNeed(string needId, string consortiumId);
    Task ReleaseNeed(string needId, string consortiumId);
    Task SyncMembership(MembershipRecord membership);
    Task RemoveMembership(string consortiumId, long version);

    /// <summary>
    /// Tells this municipality live that another municipality's need is a likely partner for its own need, unless it
    /// dismissed that pair. Changes no state, so it interleaves: two municipalities publishing at once may each be
    /// telling the other.
    /// </summary>
    /// <remarks><paramref name="eventId"/> is the same for every run of one partner search, so a repeat tells no one twice.</remarks>
    [Orleans.Concurrency.AlwaysInterleave]
    Task SuggestPartner(string needId, string matchedNeedId, string matchedMunicipality, double score, bool toStaff, string eventId);

    /// <summary>
    /// The county's feed has run these partner searches and delivered their suggestions: they are no longer owed (a key
    /// for an older search of a need than the one owed changes nothing). Interleaves: it only changes memory, and the
    /// change is stored with the next write.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task PartnerSearchesDone(IReadOnlyList<Samspill.Grains.Matching.PartnerSearchKey> done);
}
