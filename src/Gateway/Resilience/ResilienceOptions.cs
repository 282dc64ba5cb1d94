namespace Samspill.Gateway.Resilience;

/// <summary>How long the gateway keeps retrying a safe grain call while a lost silo is being declared dead (Gateway:Resilience).</summary>
public sealed class ResilienceOptions
{
    public const string Section = "Gateway:Resilience";

    /// <summary>
    /// The longest a request waits in retries: longer than the cluster needs to declare a silo dead (see docs/cluster.md,
    /// about 6 s with the probe settings there), shorter than a client's patience.
    /// </summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The retry hint an UNAVAILABLE answer carries (extensions.retryAfterSeconds and the Retry-After header).</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
