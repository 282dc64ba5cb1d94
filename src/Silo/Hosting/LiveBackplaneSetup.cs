using StackExchange.Redis;

namespace Samspill.Silo.Hosting;

/// <summary>
/// With Redis clustering, SignalR's Redis backplane on the same Redis: a topic grain on any silo reaches the
/// group members connected to every silo, and can add a connection held by another silo to a group.
/// </summary>
public static class LiveBackplaneSetup
{
    public static IServiceCollection AddSamspillLiveBackplane(this IServiceCollection services, IConfiguration config, OrleansHostOptions orleans)
    {
        if (orleans.Clustering != ClusteringSetup.Redis) return services;
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
