using Samspill.Grains.Common;
using Samspill.Grains.Search;

namespace Samspill.Grains.Consortia;

/// <summary>Stored state of the consortium directory: how many pages its entries fill (<see cref="PagedDirectory{TState, TEntry}"/>).</summary>
[GenerateSerializer, Alias("Samspill.ConsortiumDirectoryState")]
public sealed class ConsortiumDirectoryState : IPagedDirectoryState<ConsortiumSummary>
{
    /// <summary>Every consortium, as stored before pages; moved to pages on activation.</summary>
    [Id(0)] public Dictionary<string, ConsortiumSummary> Consortia { get; set; } = [];
    [Id(1)] public int PageCount { get; set; }

    Dictionary<string, ConsortiumSummary> IPagedDirectoryState<ConsortiumSummary>.Unpaged => Consortia;
}

/// <summary>A projection of every consortium for lists, in the one directory shape (<see cref="PagedDirectory{TState, TEntry}"/>).</summary>
public sealed class ConsortiumDirectoryGrain(
    [PersistentState("consortia", StorageNames.Default)] IPersistentState<ConsortiumDirectoryState> state) : Grain, IConsortiumDirectoryGrain
{
    private PagedDirectory<ConsortiumDirectoryState, ConsortiumSummary>? _directory;
    private IReadOnlyCollection<ConsortiumSummary> Consortia => _directory!.Entries;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _directory = new(this, state, "consortia");
        return _directory.LoadAsync();
    }

    async Task IConsortiumDirectoryGrain.Upsert(ConsortiumSummary summary)
    {
        var stored = await _directory!.UpsertAsync(summary);
        await GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertConsortia([stored]);
    }

    Task<IReadOnlyList<ConsortiumSummary>> IConsortiumDirectoryGrain.Snapshot() =>
        Task.FromResult<IReadOnlyList<ConsortiumSummary>>(Consortia.ToList());

    Task<IReadOnlyList<ConsortiumSummary>> IConsortiumDirectoryGrain.List()
    {
        var caller = CallerContext.Current;
        return Task.FromResult<IReadOnlyList<ConsortiumSummary>>(Consortia
            .Where(c => ConsortiumVisibility.CanSee(caller, c.HasAnnouncedEvent))
            .Select(c => c.As(caller))
            .OrderByDescending(c => c.CreatedAt).ToList());
    }
}
