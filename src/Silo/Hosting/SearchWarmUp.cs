using Samspill.Grains.Search;

namespace Samspill.Silo.Hosting;

/// <summary>
/// Builds the search index (and seeds the case library on empty storage) and the CPV name index while the host
/// starts, before HTTP is served, so the first person to search or publish does not wait for the rebuild. It waits
/// at most <see cref="MaxWait"/>; after that the build goes on in the background. Failing here is harmless: the index
/// builds itself on first use.
/// </summary>
public sealed class SearchWarmUp(IGrainFactory grains, CpvLabelSearch cpv, ILogger<SearchWarmUp> logger) : IHostedService
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var warm = Task.Run(async () =>
        {
            try
            {
                var stats = await grains.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).Stats();
                cpv.Search("alarm", 1); // builds the CPV name index once per process
                logger.LogInformation("Search index ready: {Documents} documents, rebuilt in {Ms} ms", stats.Documents, (int)stats.RebuildMilliseconds);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogWarning(ex, "Warming the search index failed; it builds on first use instead");
            }
        }, CancellationToken.None);
        await Task.WhenAny(warm, Task.Delay(MaxWait, cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
