using Microsoft.Extensions.Logging;
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

/// <summary>
/// A projection of every consortium for lists, in the one directory shape (<see cref="PagedDirectory{TState, TEntry}"/>),
/// passing its entries on to the search index after it acknowledged them (<see cref="IndexHandOff{TEntry}"/>).
/// </summary>
public sealed class ConsortiumDirectoryGrain(
    [PersistentState("consortia", StorageNames.Default)] IPersistentState<ConsortiumDirectoryState> state,
    IFaultInjector faults, ILogger<ConsortiumDirectoryGrain> logger) : Grain, IConsortiumDirectoryGrain
{
    private PagedDirectory<ConsortiumDirectoryState, ConsortiumSummary>? _directory;
    private IndexHandOff<ConsortiumSummary>? _index;
    private IReadOnlyCollection<ConsortiumSummary> Consortia => _directory!.Entries;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _directory = new(this, state, "consortia");
        await _directory.LoadAsync();
        var index = GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus);
        _index = new(this, index.UpsertConsortia, faults, logger);
        _index.Owe(Consortia);
    }

    async Task IConsortiumDirectoryGrain.Upsert(ConsortiumSummary summary) => _index!.Owe([await _directory!.UpsertAsync(summary)]);

    Task IConsortiumDirectoryGrain.Indexed() => _index!.Settled();

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
