namespace Samspill.Silo.Hosting;

/// <summary>Configuration section Orleans (contract/operations.md).</summary>
public sealed class OrleansHostOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "dev";
    public string ServiceId { get; set; } = "samspill";
    /// <summary>Localhost (one process), Redis or AzureTable.</summary>
    public string Clustering { get; set; } = "Localhost";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    /// <summary>The address other silos reach this one on; unset means the pod IP on Kubernetes, else Orleans' guess.</summary>
    public string? AdvertisedIPAddress { get; set; }
}
