using Samspill.Grains.Common;
using Samspill.Grains.Search;

namespace Samspill.Grains.Dialogue;

/// <summary>Stored state of the dialogue event directory.</summary>
[GenerateSerializer, Alias("Samspill.DialogueEventDirectoryState")]
public sealed class DialogueEventDirectoryState
{
    [Id(0)] public Dictionary<string, DialogueEventSummary> Events { get; set; } = [];
}

/// <summary>A projection of every announced event for the public listing, in the one directory shape (<see cref="DirectoryEntries"/>).</summary>
public sealed class DialogueEventDirectoryGrain(
    [PersistentState("dialogue-events", StorageNames.Default)] IPersistentState<DialogueEventDirectoryState> state) : Grain, IDialogueEventDirectoryGrain
{
    async Task IDialogueEventDirectoryGrain.Upsert(DialogueEventSummary summary)
    {
        var stored = await state.UpsertAsync(this, state.State.Events, summary);
        await GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertDialogueEvents([stored]);
    }

    /// <summary>Soonest first; announced events are public, so every caller gets the same list.</summary>
    Task<IReadOnlyList<DialogueEventSummary>> IDialogueEventDirectoryGrain.List() =>
        Task.FromResult<IReadOnlyList<DialogueEventSummary>>(state.State.Events.Values
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList());
}
