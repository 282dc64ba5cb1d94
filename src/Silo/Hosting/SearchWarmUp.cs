using Samspill.Grains.Search;

namespace Samspill.Silo.Hosting;

/// <summary>
/// Builds the search index (and seeds the case library on empty storage) and the CPV name index right after start, in the background, so
/// the first person to search or publish does not wait for the rebuild. Failing here is harmless: the index builds
/// itself on first use.
/// </summary>
public sealed class SearchWarmUp(IHostApplicationLifetime lifetime, IGrainFactory grains, CpvLabelSearch cpv, ILogger<SearchWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
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
        }));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
