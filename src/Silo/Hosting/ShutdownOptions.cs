namespace Samspill.Silo.Hosting;

/// <summary>Configuration section Shutdown: how a SIGTERM is turned into a graceful exit.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// After SIGTERM the silo keeps serving, with /health/ready at 503, for this long so that load balancers
    /// stop sending it requests before it stops accepting them.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The whole graceful exit (drain, in-flight requests, grain hand-off); the operations contract promises 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
