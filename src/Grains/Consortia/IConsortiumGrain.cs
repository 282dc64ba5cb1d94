using Samspill.Grains.Common;

namespace Samspill.Grains.Consortia;

/// <summary>A buying consortium, keyed by its id. Every method checks the caller carried with the call.</summary>
[RequiresCaller]
public interface IConsortiumGrain : IGrainWithStringKey
{
    Task<ConsortiumView> Create(string title, string description, string? needId);
    Task<ConsortiumView> Invite(string municipalityNumber, string? message);
    Task<ConsortiumView> Respond(bool accept);
    Task<ConsortiumView> Leave();
    Task<ConsortiumView> PoolNeed(string needId);
    Task<ConsortiumView> RecordAuthorization(string reference);
    Task<ConsortiumView> Advance(ConsortiumPhase to, string? note);

    /// <summary>The consortium as the caller may see it, or null when it does not exist for the caller.</summary>
    Task<ConsortiumView?> GetView();

    /// <summary>A case pre-filled from the consortium, for its lead only and from CONTRACT on (<see cref="Cases.CaseRules"/>).</summary>
    Task<Cases.CaseRecord> DraftCase();
}

/// <summary>
/// The list of consortia led from one county (keyed by <see cref="Common.DirectoryShards"/>), kept by the consortium grains,
/// filtered per caller; <see cref="ConsortiumDirectory"/> reads every shard.
/// </summary>
public interface IConsortiumDirectoryGrain : IGrainWithIntegerKey
{
    Task Upsert(ConsortiumSummary summary);
    Task<IReadOnlyList<ConsortiumSummary>> List();

    /// <summary>Every summary, unfiltered, for projections rebuilding themselves. A pure read, so it may interleave.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<ConsortiumSummary>> Snapshot();

    /// <summary>Completes once the search index has taken every entry this directory acknowledged (tests and the bench wait on it).</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task Indexed();
}
