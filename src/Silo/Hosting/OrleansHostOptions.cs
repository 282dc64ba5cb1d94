namespace Samspill.Silo.Hosting;

/// <summary>Configuration section Orleans (contract/operations.md).</summary>
public sealed class OrleansHostOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "dev";
    public string ServiceId { get; set; } = "samspill";
    /// <summary>Localhost (one process) or Redis.</summary>
    public string Clustering { get; set; } = "Localhost";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
}
