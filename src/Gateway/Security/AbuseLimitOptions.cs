namespace Samspill.Gateway.Security;

/// <summary>Configuration section Limits: what one caller may send and how often.</summary>
public sealed class AbuseLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest accepted request body, in bytes (HTTP 413 beyond it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
    /// <summary>Requests per caller per window (RATE_LIMITED beyond it).</summary>
    public int PermitLimit { get; set; } = 600;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Live hub calls (Subscribe, Unsubscribe; refused ones too) per caller per window.</summary>
    public int HubCallsPerWindow { get; set; } = 600;
    /// <summary>Root fields (each alias counts) a caller may ask for per window: each may be a grain lookup.</summary>
    public int LookupsPerWindow { get; set; } = 3_000;
    /// <summary>Origins of the web UI allowed by CORS; empty = no cross-origin browser calls.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
