using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Consortia;

/// <summary>The consortium directory across its county shards (<see cref="DirectoryShards"/>): where a consortium's entry goes, and the lists read from all.</summary>
public static class ConsortiumDirectory
{
    /// <summary>The shard that keeps the consortium led by <paramref name="lead"/>.</summary>
    public static IConsortiumDirectoryGrain Of(IGrainFactory grains, ReferenceCatalog catalog, string lead) =>
        grains.GetGrain<IConsortiumDirectoryGrain>(DirectoryShards.OfLead(catalog, lead));

    /// <summary>Every consortium the caller may see, newest first (<see cref="IConsortiumDirectoryGrain.List"/> of each shard).</summary>
    public static async Task<IReadOnlyList<ConsortiumSummary>> ListAsync(IGrainFactory grains, ReferenceCatalog catalog) =>
        (await DirectoryShards.ReadAsync(catalog, key => grains.GetGrain<IConsortiumDirectoryGrain>(key).List()))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();

    /// <summary>Every consortium, unfiltered, for projections rebuilding themselves.</summary>
    public static Task<IReadOnlyList<ConsortiumSummary>> SnapshotAsync(IGrainFactory grains, ReferenceCatalog catalog) =>
        DirectoryShards.ReadAsync(catalog, key => grains.GetGrain<IConsortiumDirectoryGrain>(key).Snapshot());
}
