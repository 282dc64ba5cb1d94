using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Matching;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Search;

/// <summary>
/// Waiting until the search index has taken every change acknowledged before the wait began: the county need feeds'
/// queues and what the consortium and dialogue event directories still owe it (<see cref="IndexHandOff{TEntry}"/>).
/// The index follows acknowledgements by design; tests and the bench that read it right after a write wait here.
/// </summary>
public static class SearchSettled
{
    public static Task WaitAsync(IGrainFactory grains, ReferenceCatalog catalog)
    {
        var shards = DirectoryShards.All(catalog);
        return Task.WhenAll(catalog.Counties.Select(c => grains.GetGrain<INeedFeedGrain>(c.Number).Settled())
            .Concat(shards.Select(key => grains.GetGrain<IConsortiumDirectoryGrain>(key).Indexed()))
            .Concat(shards.Select(key => grains.GetGrain<IDialogueEventDirectoryGrain>(key).Indexed())));
    }
}
