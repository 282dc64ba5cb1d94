using Samspill.Grains.Search;

namespace Samspill.Grains.Dialogue;

/// <summary>Stored state of the dialogue event directory.</summary>
[GenerateSerializer, Alias("Samspill.DialogueEventDirectoryState")]
public sealed class DialogueEventDirectoryState
{
    [Id(0)] public Dictionary<string, DialogueEventSummary> Events { get; set; } = [];
}

/// <summary>A projection of every announced event for the public listing; newer versions replace older ones.</summary>
public sealed class DialogueEventDirectoryGrain(
    [PersistentState("dialogue-events", StorageNames.Default)] IPersistentState<DialogueEventDirectoryState> state) : Grain, IDialogueEventDirectoryGrain
{
    async Task IDialogueEventDirectoryGrain.Upsert(DialogueEventSummary summary)
    {
        if (!state.State.Events.TryGetValue(summary.Id, out var known) || known.Version < summary.Version)
        {
            state.State.Events[summary.Id] = summary;
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                DeactivateOnIdle();
                throw;
            }
        }
        // Also when unchanged: a retried delivery must reach the search index even if this copy was already stored.
        await GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertDialogueEvents([state.State.Events[summary.Id]]);
    }

    /// <summary>Soonest first; announced events are public, so every caller gets the same list.</summary>
    Task<IReadOnlyList<DialogueEventSummary>> IDialogueEventDirectoryGrain.List() =>
        Task.FromResult<IReadOnlyList<DialogueEventSummary>>(state.State.Events.Values
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList());
}
