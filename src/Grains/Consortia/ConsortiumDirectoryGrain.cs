using Samspill.Grains.Common;
using Samspill.Grains.Search;

namespace Samspill.Grains.Consortia;

/// <summary>Stored state of the consortium directory.</summary>
[GenerateSerializer, Alias("Samspill.ConsortiumDirectoryState")]
public sealed class ConsortiumDirectoryState
{
    [Id(0)] public Dictionary<string, ConsortiumSummary> Consortia { get; set; } = [];
}

/// <summary>A projection of every consortium for lists, in the one directory shape (<see cref="DirectoryEntries"/>).</summary>
public sealed class ConsortiumDirectoryGrain(
    [PersistentState("consortia", StorageNames.Default)] IPersistentState<ConsortiumDirectoryState> state) : Grain, IConsortiumDirectoryGrain
{
    async Task IConsortiumDirectoryGrain.Upsert(ConsortiumSummary summary)
    {
        var stored = await state.UpsertAsync(this, state.State.Consortia, summary);
        await GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertConsortia([stored]);
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
