using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Search;

namespace Samspill.Grains.Dialogue;

/// <summary>Stored state of the dialogue event directory: how many pages its entries fill (<see cref="PagedDirectory{TState, TEntry}"/>).</summary>
[GenerateSerializer, Alias("Samspill.DialogueEventDirectoryState")]
public sealed class DialogueEventDirectoryState : IPagedDirectoryState<DialogueEventSummary>
{
    /// <summary>Every announced event, as stored before pages; moved to pages on activation.</summary>
    [Id(0)] public Dictionary<string, DialogueEventSummary> Events { get; set; } = [];
    [Id(1)] public int PageCount { get; set; }

    Dictionary<string, DialogueEventSummary> IPagedDirectoryState<DialogueEventSummary>.Unpaged => Events;
}

/// <summary>
/// A projection of every announced event for the public listing, in the one directory shape
/// (<see cref="PagedDirectory{TState, TEntry}"/>), passing its entries on to the search index after it acknowledged them
/// (<see cref="IndexHandOff{TEntry}"/>).
/// </summary>
public sealed class DialogueEventDirectoryGrain(
    [PersistentState("dialogue-events", StorageNames.Default)] IPersistentState<DialogueEventDirectoryState> state,
    IFaultInjector faults, ILogger<DialogueEventDirectoryGrain> logger) : Grain, IDialogueEventDirectoryGrain
{
    private PagedDirectory<DialogueEventDirectoryState, DialogueEventSummary>? _directory;
    private IndexHandOff<DialogueEventSummary>? _index;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _directory = new(this, state, "dialogue-events");
        await _directory.LoadAsync();
        var index = GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus);
        _index = new(this, index.UpsertDialogueEvents, faults, logger);
        _index.Owe(_directory.Entries);
    }

    async Task IDialogueEventDirectoryGrain.Upsert(DialogueEventSummary summary) => _index!.Owe([await _directory!.UpsertAsync(summary)]);

    Task IDialogueEventDirectoryGrain.Indexed() => _index!.Settled();

    /// <summary>Soonest first; announced events are public, so every caller gets the same list.</summary>
    Task<IReadOnlyList<DialogueEventSummary>> IDialogueEventDirectoryGrain.List() =>
        Task.FromResult<IReadOnlyList<DialogueEventSummary>>(_directory!.Entries
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList());
}
