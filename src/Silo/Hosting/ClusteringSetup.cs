using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Samspill.Silo.Hosting;

/// <summary>
/// Orleans membership from Orleans:Clustering: Localhost (one process, the default), Redis
/// (ConnectionStrings:Redis) or AzureTable (a membership table in the grain storage account), with the endpoints and
/// failure-detection timings of Orleans:* and Orleans' Kubernetes hosting when the process runs in a pod.
/// </summary>
public static class ClusteringSetup
{
    public const string Localhost = "Localhost";
    public const string Redis = "Redis";
    public const string AzureTable = "AzureTable";
    /// <summary>The membership table with AzureTable clustering, in the same account as grain state.</summary>
    public const string MembershipTableName = "SamspillMembership";
    /// <summary>Bound onto Orleans' ClusterMembershipOptions (ProbeTimeout, NumMissedProbesLimit, …).</summary>
    public const string MembershipSection = "Orleans:Membership";
    public const string KubernetesHostVariable = "KUBERNETES_SERVICE_HOST";

    /// <summary>Reads and checks the Orleans section; every mistake is one <see cref="SiloConfigurationException"/> naming the key.</summary>
    public static OrleansHostOptions Settings(IConfiguration config)
    {
        OrleansHostOptions options;
        try
        {
            options = config.GetSection(OrleansHostOptions.Section).Get<OrleansHostOptions>() ?? new OrleansHostOptions();
            config.GetSection(MembershipSection).Get<ClusterMembershipOptions>();
        }
        catch (InvalidOperationException ex)
        {
            throw new SiloConfigurationException($"Invalid Orleans configuration: {ex.Message}", ex);
        }

        if (!IsKnown(options.Clustering))
            throw new SiloConfigurationException(
                $"Orleans:Clustering is '{options.Clustering}'; use {Localhost} (one process), {Redis} (a cluster, with ConnectionStrings:Redis) or {AzureTable} (a cluster, membership in the Azure Storage account).");
        options.Clustering = Known.First(k => string.Equals(k, options.Clustering, StringComparison.OrdinalIgnoreCase));
        CheckPort("Orleans:SiloPort", options.SiloPort);
        CheckPort("Orleans:GatewayPort", options.GatewayPort);
        if (options.SiloPort == options.GatewayPort)
            throw new SiloConfigurationException($"Orleans:SiloPort and Orleans:GatewayPort are both {options.SiloPort}; give them different ports.");
        if (!string.IsNullOrWhiteSpace(options.AdvertisedIPAddress) && !IPAddress.TryParse(options.AdvertisedIPAddress, out _))
            throw new SiloConfigurationException($"Orleans:AdvertisedIPAddress '{options.AdvertisedIPAddress}' is not an IP address.");
        if (options.Clustering == Redis) RedisConfiguration(config);
        // Membership in Azure Table, but SignalR groups still span the silos through Redis.
        if (options.Clustering == AzureTable) RedisConfiguration(config, "Orleans:Clustering is AzureTable (its live backplane across silos is Redis)");
        return options;
    }

    public static bool UsesRedis(IConfiguration config) => Settings(config).Clustering == Redis;

    /// <summary>ConnectionStrings:Redis, parsed; required for a cluster (Redis membership, and the live backplane either way).</summary>
    public static ConfigurationOptions RedisConfiguration(IConfiguration config, string why = "Orleans:Clustering is Redis")
    {
        var connectionString = config.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new SiloConfigurationException(
                $"{why} but ConnectionStrings:Redis is not set; give a StackExchange.Redis connection string such as 127.0.0.1:6379.");
        try
        {
            var parsed = ConfigurationOptions.Parse(connectionString);
            if (parsed.EndPoints.Count == 0) throw new ArgumentException("it names no server");
            return parsed;
        }
        catch (Exception ex) when (ex is ArgumentException or RedisConnectionException)
        {
            throw new SiloConfigurationException($"ConnectionStrings:Redis is not a valid StackExchange.Redis connection string: {ex.Message}", ex);
        }
    }

    public static ISiloBuilder UseSamspillClustering(this ISiloBuilder silo, IConfiguration config, IHostEnvironment environment, OrleansHostOptions orleans)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = orleans.ClusterId;
            o.ServiceId = orleans.ServiceId;
        });
        if (orleans.Clustering == Localhost)
        {
            silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
            return silo;
        }

        if (orleans.Clustering == Redis)
        {
            var redis = RedisConfiguration(config);
            silo.UseRedisClustering(o => o.ConfigurationOptions = redis);
        }
        else
        {
            var account = Storage.AzureStorageAccount.FromConfiguration(config, environment);
            silo.UseAzureStorageClustering(options => options.Configure(o =>
            {
                o.TableServiceClient = account.CreateClient();
                o.TableName = MembershipTableName;
            }));
        }
        silo.Configure<EndpointOptions>(o =>
        {
            o.SiloPort = orleans.SiloPort;
            o.GatewayPort = orleans.GatewayPort;
            if (!string.IsNullOrWhiteSpace(orleans.AdvertisedIPAddress)) o.AdvertisedIPAddress = IPAddress.Parse(orleans.AdvertisedIPAddress);
        });
        silo.Services.AddOptions<ClusterMembershipOptions>().Bind(config.GetSection(MembershipSection));
        // In a pod: the pod IP, name and the cluster's labels come from the downward API (deploy/k8s), and a
        // deleted pod is declared dead at once instead of after missed probes.
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KubernetesHostVariable))) silo.UseKubernetesHosting();
        return silo;
    }

    private static readonly string[] Known = [Localhost, Redis, AzureTable];

    private static bool IsKnown(string? value) => Known.Any(k => string.Equals(value, k, StringComparison.OrdinalIgnoreCase));

    private static void CheckPort(string key, int port)
    {
        if (port is < 1 or > 65535) throw new SiloConfigurationException($"{key} is {port}; give a port between 1 and 65535.");
    }
}
