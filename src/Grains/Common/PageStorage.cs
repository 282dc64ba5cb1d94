using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Samspill.Grains.Common;

/// <summary>The grain storage a grain's own state uses (<see cref="StorageNames.Default"/>), for the records it pages by hand.</summary>
public static class PageStorage
{
    public static IGrainStorage Of(IGrainBase grain) =>
        grain.GrainContext.ActivationServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
}
