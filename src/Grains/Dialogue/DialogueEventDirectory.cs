using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Dialogue;

/// <summary>The dialogue event directory across its county shards (<see cref="DirectoryShards"/>): the shard of the consortium's lead keeps an event.</summary>
public static class DialogueEventDirectory
{
    /// <summary>The shard of events of consortia led from county <paramref name="countyNumber"/>.</summary>
    public static IDialogueEventDirectoryGrain Of(IGrainFactory grains, string countyNumber) =>
        grains.GetGrain<IDialogueEventDirectoryGrain>(DirectoryShards.Of(countyNumber));

    /// <summary>Every announced event, soonest first.</summary>
    public static async Task<IReadOnlyList<DialogueEventSummary>> ListAsync(IGrainFactory grains, ReferenceCatalog catalog) =>
        (await DirectoryShards.ReadAsync(catalog, key => grains.GetGrain<IDialogueEventDirectoryGrain>(key).List()))
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
}
