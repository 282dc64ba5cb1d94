namespace Samspill.Silo.Hosting;

/// <summary>
/// SIGTERM (or Ctrl+C) in order: /health/ready answers 503 at once (ShutdownHealthCheck) while the silo keeps
/// serving for <see cref="ShutdownOptions.DrainDelay"/>; then Kestrel stops accepting connections and waits for
/// in-flight requests; then the Orleans silo deactivates its grains and leaves the cluster, so the other silos
/// take the grains over at once instead of after failure detection. All within <see cref="ShutdownOptions.Timeout"/>.
/// </summary>
public static class GracefulShutdown
{
    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ShutdownOptions.Section).Get<ShutdownOptions>() ?? new ShutdownOptions();
        if (options.DrainDelay < TimeSpan.Zero || options.DrainDelay >= options.Timeout)
            throw new SiloConfigurationException(
                $"Shutdown:DrainDelay ({options.DrainDelay}) must be at least zero and shorter than Shutdown:Timeout ({options.Timeout}).");
        builder.Services.Configure<ShutdownOptions>(builder.Configuration.GetSection(ShutdownOptions.Section));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.Timeout);
        builder.Services.AddHostedService<DrainOnStop>();
        return builder;
    }
}

/// <summary>
/// Holds the host's stop for the drain delay before any hosted service (Kestrel, the silo) stops: lifecycle
/// "stopping" callbacks run after ApplicationStopping has fired and before the first StopAsync.
/// </summary>
public sealed class DrainOnStop(Microsoft.Extensions.Options.IOptions<ShutdownOptions> options, ILogger<DrainOnStop> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var delay = options.Value.DrainDelay;
        logger.LogInformation("Shutting down: not ready; draining for {Delay}, then in-flight requests finish and grains are handed off", delay);
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out; the host stops the rest without waiting.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
