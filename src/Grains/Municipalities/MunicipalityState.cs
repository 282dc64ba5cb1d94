using Samspill.Grains.Capability;
using Samspill.Grains.Live;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Municipalities;

/// <summary>Stored state of a municipality: its latest need changes, consortium relations, statistics, capability assessments and undelivered events.</summary>
[GenerateSerializer, Alias("Samspill.MunicipalityState")]
public sealed class MunicipalityState
{
    /// <summary>
    /// Needs changed since they last moved to their pages (<see cref="Samspill.Grains.Needs.NeedPages"/>): stored here with the events and
    /// searches each change owes, in one write; newer than the pages. Before pages, every need of the municipality.
    /// </summary>
    [Id(0)] public Dictionary<string, NeedRecord> Needs { get; set; } = [];
    [Id(1)] public Dictionary<string, MembershipRecord> Memberships { get; set; } = [];
    [Id(2)] public Dictionary<int, ProcurementStatisticsRecord> Statistics { get; set; } = [];
    [Id(3)] public List<LiveEventDraft> Outbox { get; set; } = [];
    /// <summary>Capability self-assessments, oldest first; the last is the current one.</summary>
    [Id(4)] public List<CapabilityAssessmentRecord> CapabilityHistory { get; set; } = [];
    /// <summary>Partner suggestions the municipality dismissed, as "ownNeedId>matchedNeedId"; never pushed again.</summary>
    [Id(5)] public HashSet<string> DismissedSuggestions { get; set; } = [];
    /// <summary>
    /// Per need, how many entries about it went to the programme topic, as stored before that count moved onto the need
    /// itself (<see cref="NeedRecord.ProgrammeEntries"/>); moved there on activation.
    /// </summary>
    [Id(6)] public Dictionary<string, int> ProgrammeEntries { get; set; } = [];
    /// <summary>
    /// Needs whose partner search was owed, as stored before searches had keys (<see cref="PartnerSearches"/>); moved
    /// there on activation.
    /// </summary>
    [Id(7)] public HashSet<string> PartnerSearchesOwed { get; set; } = [];
    /// <summary>
    /// Partner searches owed, per need the need's UpdatedAt when the search was asked for (the search's key): stored with
    /// the change that asks for it, and kept until the county's need feed confirms the search done, so neither a failed
    /// hand-over nor a feed lost with its queue loses it.
    /// </summary>
    [Id(8)] public Dictionary<string, DateTimeOffset> PartnerSearches { get; set; } = [];
    /// <summary>How many pages of needs are stored (<see cref="Samspill.Grains.Needs.NeedPages"/>).</summary>
    [Id(9)] public int NeedPageCount { get; set; }
}
