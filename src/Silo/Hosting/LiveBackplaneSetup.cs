using StackExchange.Redis;

namespace Samspill.Silo.Hosting;

/// <summary>
/// SignalR's Redis backplane whenever the silos form a cluster (Redis or AzureTable membership): a topic grain on any
/// silo reaches the group members connected to every silo, and can add a connection held by another silo to a
/// group. With Redis clustering it is the same Redis; with AzureTable clustering ConnectionStrings:Redis is then
/// required for the backplane alone.
/// </summary>
public static class LiveBackplaneSetup
{
    public static IServiceCollection AddSamspillLiveBackplane(this IServiceCollection services, IConfiguration config, OrleansHostOptions orleans)
    {
        if (orleans.Clustering == ClusteringSetup.Localhost) return services;
        var redis = ClusteringSetup.RedisConfiguration(config);
        services.AddSignalR().AddStackExchangeRedis(o =>
        {
            o.Configuration = redis;
            // Several deployments (or test clusters) may share one Redis; their hub messages must not mix.
            o.Configuration.ChannelPrefix = RedisChannel.Literal($"samspill:{orleans.ServiceId}:{orleans.ClusterId}:");
        });
        return services;
    }
}
