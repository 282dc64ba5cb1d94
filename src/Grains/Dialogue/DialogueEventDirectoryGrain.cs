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

/// <summary>A projection of every announced event for the public listing, in the one directory shape (<see cref="PagedDirectory{TState, TEntry}"/>).</summary>
public sealed class DialogueEventDirectoryGrain(
    [PersistentState("dialogue-events", StorageNames.Default)] IPersistentState<DialogueEventDirectoryState> state) : Grain, IDialogueEventDirectoryGrain
{
    private PagedDirectory<DialogueEventDirectoryState, DialogueEventSummary>? _directory;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _directory = new(this, state, "dialogue-events");
        return _directory.LoadAsync();
    }

    async Task IDialogueEventDirectoryGrain.Upsert(DialogueEventSummary summary)
    {
        var stored = await _directory!.UpsertAsync(summary);
        await GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertDialogueEvents([stored]);
    }

    /// <summary>Soonest first; announced events are public, so every caller gets the same list.</summary>
    Task<IReadOnlyList<DialogueEventSummary>> IDialogueEventDirectoryGrain.List() =>
        Task.FromResult<IReadOnlyList<DialogueEventSummary>>(_directory!.Entries
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList());
}
