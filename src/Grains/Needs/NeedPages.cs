using Orleans.Storage;
using Samspill.Grains.Common;

namespace Samspill.Grains.Needs;

/// <summary>
/// One owner's needs in numbered pages (<see cref="KeyedPages{TPage, TEntry}"/>): a municipality's needs and a county
/// index part's copies grow without bound, and a changed need rewrites its page only.
/// </summary>
public sealed class NeedPages(IGrainStorage storage, GrainId owner, string name, int pageSize)
    : KeyedPages<NeedPageState, NeedRecord>(storage, owner, name, pageSize, page => page.Needs, need => need.Id)
{
    /// <summary>Pages of <paramref name="grain"/>'s needs in the grain storage its own state uses (<see cref="StorageNames.Default"/>).</summary>
    public static NeedPages Of(IGrainBase grain, string name, int pageSize) =>
        new(PageStorage.Of(grain), grain.GrainContext.GrainId, name, pageSize);
}
