using Samspill.Grains.Common;
using Samspill.Grains.Search;

namespace Samspill.Grains.Consortia;

/// <summary>Stored state of the consortium directory.</summary>
[GenerateSerializer, Alias("Samspill.ConsortiumDirectoryState")]
public sealed class ConsortiumDirectoryState
{
    [Id(0)] public Dictionary<string, ConsortiumSummary> Consortia { get; set; } = [];
}

/// <summary>A projection of every consortium for lists; newer versions replace older ones.</summary>
public sealed class ConsortiumDirectoryGrain(
    [PersistentState("consortia", StorageNames.Default)] IPersistentState<ConsortiumDirectoryState> state) : Grain, IConsortiumDirectoryGrain
{
    async Task IConsortiumDirectoryGrain.Upsert(ConsortiumSummary summary)
    {
        if (!state.State.Consortia.TryGetValue(summary.Id, out var known) || known.Version < summary.Version)
        {
            state.State.Consortia[summary.Id] = summary;
            await state.WriteStateAsync();
        }
        // Also when unchanged: a retried delivery must reach the search index even if this copy was already stored.
        await GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertConsortia([state.State.Consortia[summary.Id]]);
    }

    Task<IReadOnlyList<ConsortiumSummary>> IConsortiumDirectoryGrain.Snapshot() =>
        Task.FromResult<IReadOnlyList<ConsortiumSummary>>(state.State.Consortia.Values.ToList());

    Task<IReadOnlyList<ConsortiumSummary>> IConsortiumDirectoryGrain.List()
    {
        var caller = CallerContext.Current;
        return Task.FromResult<IReadOnlyList<ConsortiumSummary>>(state.State.Consortia.Values
            .Where(c => ConsortiumVisibility.CanSee(caller, c.HasAnnouncedEvent))
            .Select(c => c.As(caller))
            .OrderByDescending(c => c.CreatedAt).ToList());
    }
}
